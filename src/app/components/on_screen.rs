//! Which rows of a list are on screen. A row off screen need not follow every keystroke: it
//! catches up once typing pauses, or at once when it is scrolled into view. One
//! IntersectionObserver per list, made in the browser on first use; the prerender observes
//! nothing (Effects do not run there).

use leptos::prelude::*;
use std::collections::HashMap;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::js_sys::Array;
use web_sys::{Element, IntersectionObserver, IntersectionObserverEntry};

/// The attribute that names a watched row's place in its list.
const PLACE_ATTRIBUTE: &str = "data-place";

/// The rows of one list being watched, by place, each with the flag that says whether it is
/// on screen.
#[derive(Clone, Copy)]
pub struct OnScreen {
    rows: StoredValue<HashMap<usize, (RwSignal<bool>, Element)>, LocalStorage>,
    observer: StoredValue<Option<IntersectionObserver>, LocalStorage>,
    report: StoredValue<Option<Closure<dyn FnMut(Array)>>, LocalStorage>,
}

impl OnScreen {
    /// A watcher for one list; it stops watching when the owner that made it is cleaned up.
    pub fn new() -> Self {
        let watcher = OnScreen {
            rows: StoredValue::new_local(HashMap::new()),
            observer: StoredValue::new_local(None),
            report: StoredValue::new_local(None),
        };
        on_cleanup(move || {
            if let Some(Some(observer)) = watcher.observer.try_get_value() {
                observer.disconnect();
            }
        });
        watcher
    }

    /// Keeps `on_screen` true while `row` (the row at `place`) is in the viewport. Does
    /// nothing where the browser has no IntersectionObserver: the flag keeps what it holds.
    pub fn watch(self, place: usize, row: &Element, on_screen: RwSignal<bool>) {
        let Some(observer) = self.observer() else {
            return;
        };
        let _ = row.set_attribute(PLACE_ATTRIBUTE, &place.to_string());
        self.rows.try_update_value(|rows| {
            if let Some((_, earlier)) = rows.insert(place, (on_screen, row.clone())) {
                if &earlier != row {
                    observer.unobserve(&earlier);
                }
            }
        });
        observer.observe(row);
    }

    /// Stops watching the row at `place` whose flag is `on_screen` (a newer row may hold the
    /// place by now; it stays watched).
    pub fn unwatch(self, place: usize, on_screen: RwSignal<bool>) {
        let Some(Some(observer)) = self.observer.try_get_value() else {
            return;
        };
        let removed = self.rows.try_update_value(|rows| {
            let same = rows.get(&place).is_some_and(|(flag, _)| *flag == on_screen);
            if same {
                rows.remove(&place)
            } else {
                None
            }
        });
        if let Some(Some((_, row))) = removed {
            observer.unobserve(&row);
        }
    }

    /// The observer, made on first use.
    fn observer(self) -> Option<IntersectionObserver> {
        if let Some(observer) = self.observer.try_get_value()? {
            return Some(observer);
        }
        let report = Closure::<dyn FnMut(Array)>::new(move |entries: Array| {
            for entry in entries.iter() {
                let Ok(entry) = entry.dyn_into::<IntersectionObserverEntry>() else {
                    continue;
                };
                let place = entry
                    .target()
                    .get_attribute(PLACE_ATTRIBUTE)
                    .and_then(|p| p.parse::<usize>().ok());
                let flag = place.and_then(|place| {
                    self.rows
                        .try_with_value(|rows| rows.get(&place).map(|(flag, _)| *flag))
                        .flatten()
                });
                if let Some(flag) = flag {
                    let visible = entry.is_intersecting();
                    if flag.try_get_untracked() != Some(visible) {
                        flag.try_set(visible);
                    }
                }
            }
        });
        let observer = IntersectionObserver::new(report.as_ref().unchecked_ref()).ok()?;
        self.report.try_update_value(|kept| *kept = Some(report))?;
        self.observer
            .try_update_value(|kept| *kept = Some(observer.clone()))?;
        Some(observer)
    }
}
