//! Browser entry point: mounts the app (built by Trunk with `--features app`).

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(yrkesutforskeren::app::App);
}
