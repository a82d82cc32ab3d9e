//! Offline support: registers the service worker (`public/sw.js`, filled in by
//! `scripts/precache.sh`) and tells the UI when a new version is fully cached and waiting, so
//! the user can switch to it ("Ny versjon er klar – last inn på nytt").

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{ServiceWorker, ServiceWorkerRegistration, ServiceWorkerState};

/// The waiting service worker of a new version, if one is ready.
#[derive(Clone, Copy)]
pub struct Updates {
    pub ready: RwSignal<bool>,
    waiting: StoredValue<Option<ServiceWorker>, LocalStorage>,
}

impl Updates {
    pub fn new() -> Self {
        Updates {
            ready: RwSignal::new(false),
            waiting: StoredValue::new_local(None),
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
        // Once the new version takes over, load it.
        let reload = Closure::<dyn FnMut()>::new(move || {
            if let Some(window) = web_sys::window() {
                let _ = window.location().reload();
            }
        });
        let had_controller = container.controller().is_some();
        if had_controller {
            container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
        }
        reload.forget();
        let promise = container.register("sw.js");
        leptos::task::spawn_local(async move {
            let Ok(registration) = wasm_bindgen_futures::JsFuture::from(promise).await else {
                return;
            };
            let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else {
                return;
            };
            if had_controller {
                if let Some(waiting) = registration.waiting() {
                    self.offer(waiting);
                }
            }
            let on_update = {
                let registration = registration.clone();
                Closure::<dyn FnMut()>::new(move || {
                    let Some(installing) = registration.installing() else {
                        return;
                    };
                    let worker = installing.clone();
                    let on_state = Closure::<dyn FnMut()>::new(move || {
                        // "installed" with a page already controlled: a new version waits.
                        if worker.state() == ServiceWorkerState::Installed && had_controller {
                            self.offer(worker.clone());
                        }
                    });
                    installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
                    on_state.forget();
                })
            };
            registration.set_onupdatefound(Some(on_update.as_ref().unchecked_ref()));
            on_update.forget();
        });
    }

    fn offer(self, worker: ServiceWorker) {
        self.waiting.set_value(Some(worker));
        self.ready.set(true);
    }

    /// Switches to the waiting version; the page reloads when it has taken over.
    pub fn apply(self) {
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
