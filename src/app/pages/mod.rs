//! One module per route.

pub mod compare;
pub mod counties;
pub mod county;
pub mod employer;
pub mod explorer;
pub mod not_found;
pub mod occupation;
pub mod styrk;
