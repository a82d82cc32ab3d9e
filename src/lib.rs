//! Yrkesutforskeren: an occupation explorer for Norwegian pupils.
//!
//! - [`core`]: the snapshot model and the domain logic (no UI; tested natively).
//! - [`builder`]: raw open data → snapshot (native only).
//! - `app`: the Leptos UI (feature `app`, compiled to WebAssembly by Trunk).

#![recursion_limit = "256"]

pub mod core;

#[cfg(not(target_arch = "wasm32"))]
pub mod builder;

#[cfg(feature = "app")]
pub mod app;
