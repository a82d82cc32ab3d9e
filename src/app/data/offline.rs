//! Offline support: registers the service worker (`public/sw.js`, filled in by
//! `scripts/precache.sh`) and tells the UI when a new version is fully cached and waiting, so
//! the user can switch to it ("Ny versjon er klar – last inn på nytt").

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{ServiceWorker, ServiceWorkerRegistration, ServiceWorkerState};

/// How often an open page asks the server for a new version.
const UPDATE_CHECK_INTERVAL: std::time::Duration = std::time::Duration::from_secs(60 * 60);

/// The waiting service worker of a new version, if one is ready.
#[derive(Clone, Copy)]
pub struct Updates {
    pub ready: RwSignal<bool>,
    waiting: StoredValue<Option<ServiceWorker>, LocalStorage>,
    /// Set when the user asked for the new version.
    switching: StoredValue<bool>,
}

impl Updates {
    pub fn new() -> Self {
        Updates {
            ready: RwSignal::new(false),
            waiting: StoredValue::new_local(None),
            switching: StoredValue::new(false),
        }
    }

    /// Registers the service worker. Without service worker support (or on `file:`), the app
    /// simply runs online.
    pub fn register(self) {
        let Some(window) = web_sys::window() else {
            return;
        };
        // Not every page may use service workers (plain http, some embeds, private modes).
        let navigator = window.navigator();
        let supported = web_sys::js_sys::Reflect::get(&navigator, &"serviceWorker".into())
            .is_ok_and(|value| value.is_object());
        if !supported {
            return;
        }
        let container = navigator.service_worker();
        // Once the version the user asked for takes over, load it. (The first install also
        // takes over the page, which must not reload it.)
        let reload = Closure::<dyn FnMut()>::new(move || {
            if self.switching.get_value() {
                if let Some(window) = web_sys::window() {
                    let _ = window.location().reload();
                }
            }
        });
        container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
        reload.forget();
        // A new version is one that finished installing while a version controls the page.
        let controlled = {
            let container = container.clone();
            move || container.controller().is_some()
        };
        let promise = container.register("sw.js");
        leptos::task::spawn_local(async move {
            let Ok(registration) = wasm_bindgen_futures::JsFuture::from(promise).await else {
                return;
            };
            let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else {
                return;
            };
            if let Some(waiting) = registration.waiting().filter(|_| controlled()) {
                self.offer(waiting);
            }
            let on_update = {
                let registration = registration.clone();
                Closure::<dyn FnMut()>::new(move || {
                    let Some(installing) = registration.installing() else {
                        return;
                    };
                    let worker = installing.clone();
                    let controlled = controlled.clone();
                    let on_state = Closure::<dyn FnMut()>::new(move || {
                        if worker.state() == ServiceWorkerState::Installed && controlled() {
                            self.offer(worker.clone());
                        }
                    });
                    installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
                    on_state.forget();
                })
            };
            registration.set_onupdatefound(Some(on_update.as_ref().unchecked_ref()));
            on_update.forget();
            // A page left open for hours still learns of a new version.
            leptos::prelude::set_interval(
                move || {
                    let _ = registration.update();
                },
                UPDATE_CHECK_INTERVAL,
            );
        });
    }

    fn offer(self, worker: ServiceWorker) {
        self.waiting.set_value(Some(worker));
        self.ready.set(true);
    }

    /// Switches to the waiting version; the page reloads when it has taken over.
    pub fn apply(self) {
        self.switching.set_value(true);
        self.waiting.with_value(|waiting| {
            if let Some(worker) = waiting {
                let _ = worker.post_message(&"skip-waiting".into());
            }
        });
    }
}

impl Default for Updates {
    fn default() -> Self {
        Self::new()
    }
}
