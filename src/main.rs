//! Browser entry point (built by Trunk with `--features csr`): see [`start`].

mod start;

fn main() {
    console_error_panic_hook::set_once();
    start::start();
}
