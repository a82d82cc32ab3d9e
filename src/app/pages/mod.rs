//! One module per route.

pub mod about;
pub mod compare;
pub mod counties;
pub mod county;
pub mod embed;
pub mod employer;
pub mod explorer;
pub mod interests;
pub mod not_found;
pub mod occupation;
pub mod school;
pub mod study;
pub mod styrk;
pub mod vgs;
