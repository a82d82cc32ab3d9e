//! One module per route.

pub mod compare;
pub mod explorer;
pub mod not_found;
pub mod occupation;
pub mod styrk;
