//! `snapshot.json` decoded a part at a time, so a browser on a slow laptop can paint and take
//! input between the parts instead of stopping for one long task. The result is the same
//! [`Snapshot`] that [`decode_checked`](crate::core::sealed::decode_checked) gives in one go;
//! a test holds the two together.

use crate::core::model::{
    Employment, NationalReference, OccupationSummary, Programme, Region, Salary, Snapshot, Source,
    StyrkCode,
};
use crate::core::sealed::{check_sealed, CatalogError};
use serde::Deserialize;
use serde_json::value::RawValue;
use std::collections::BTreeMap;

/// JSON text decoded per step: about a twelfth of today's `snapshot.json` (800 KB), a few
/// milliseconds on a school laptop.
const STEP_BYTES: usize = 64 * 1024;

/// The file's top level with the long lists kept as raw JSON, one entry each. Mirrors
/// [`Snapshot`]; [`SnapshotSteps::finish`] names every field, so the two cannot drift apart.
#[derive(Deserialize)]
struct Parts<'a> {
    content_hash: String,
    schema_version: u32,
    data_version: String,
    sources: Vec<Source>,
    #[serde(borrow)]
    occupations: Vec<&'a RawValue>,
    #[serde(borrow)]
    styrk: Vec<&'a RawValue>,
    #[serde(borrow)]
    salary: BTreeMap<String, &'a RawValue>,
    #[serde(borrow)]
    employment: BTreeMap<String, &'a RawValue>,
    all_occupations: NationalReference,
    counties: Vec<Region>,
    municipalities: Vec<Region>,
    #[serde(default, borrow)]
    programmes: Vec<&'a RawValue>,
}

/// One entry of a long list, still as JSON.
enum Piece<'a> {
    Occupation(&'a RawValue),
    Code(&'a RawValue),
    Salary(String, &'a RawValue),
    Employment(String, &'a RawValue),
    Programme(&'a RawValue),
}

impl Piece<'_> {
    fn len(&self) -> usize {
        match self {
            Piece::Occupation(raw) | Piece::Code(raw) | Piece::Programme(raw) => raw.get().len(),
            Piece::Salary(_, raw) | Piece::Employment(_, raw) => raw.get().len(),
        }
    }
}

/// What is decoded so far, and what is left.
struct Progress<'a> {
    snapshot: Snapshot,
    pieces: std::vec::IntoIter<Piece<'a>>,
}

/// Decodes a sealed `snapshot.json` in steps: [`start`](Self::start) checks the seal and the
/// schema version, each [`step`](Self::step) decodes about [`STEP_BYTES`] of the file (the
/// first splits it into entries), [`finish`](Self::finish) hands over the snapshot.
pub struct SnapshotSteps<'a> {
    text: &'a str,
    progress: Option<Progress<'a>>,
    budget: usize,
}

impl<'a> SnapshotSteps<'a> {
    pub fn start(text: &'a str) -> Result<Self, CatalogError> {
        check_sealed(text)?;
        Ok(SnapshotSteps {
            text,
            progress: None,
            budget: STEP_BYTES,
        })
    }

    /// Decodes the next part; `Ok(true)` while parts are left.
    pub fn step(&mut self) -> Result<bool, CatalogError> {
        let Some(progress) = self.progress.as_mut() else {
            self.progress = Some(split(self.text)?);
            return Ok(true);
        };
        let mut budget = self.budget;
        for piece in progress.pieces.by_ref() {
            budget = budget.saturating_sub(piece.len());
            decode_piece(&mut progress.snapshot, piece)?;
            if budget == 0 {
                return Ok(progress.pieces.len() > 0);
            }
        }
        Ok(false)
    }

    /// The snapshot, once [`step`](Self::step) has said nothing is left. Steps not yet taken
    /// are taken now.
    pub fn finish(mut self) -> Result<Snapshot, CatalogError> {
        while self.step()? {}
        // `step` has split the file by now, or returned its error.
        self.progress
            .map(|p| p.snapshot)
            .ok_or_else(|| CatalogError::Decode("the snapshot was not split".into()))
    }
}

/// The top level decoded, the long lists queued entry by entry in file order.
fn split(text: &str) -> Result<Progress<'_>, CatalogError> {
    let parts: Parts =
        serde_json::from_str(text).map_err(|e| CatalogError::Decode(e.to_string()))?;
    let Parts {
        content_hash,
        schema_version,
        data_version,
        sources,
        occupations,
        styrk,
        salary,
        employment,
        all_occupations,
        counties,
        municipalities,
        programmes,
    } = parts;
    let snapshot = Snapshot {
        content_hash,
        schema_version,
        data_version,
        sources,
        occupations: Vec::with_capacity(occupations.len()),
        styrk: Vec::with_capacity(styrk.len()),
        salary: BTreeMap::new(),
        employment: BTreeMap::new(),
        all_occupations,
        counties,
        municipalities,
        programmes: Vec::with_capacity(programmes.len()),
    };
    let pieces: Vec<Piece> = occupations
        .into_iter()
        .map(Piece::Occupation)
        .chain(styrk.into_iter().map(Piece::Code))
        .chain(salary.into_iter().map(|(k, v)| Piece::Salary(k, v)))
        .chain(employment.into_iter().map(|(k, v)| Piece::Employment(k, v)))
        .chain(programmes.into_iter().map(Piece::Programme))
        .collect();
    Ok(Progress {
        snapshot,
        pieces: pieces.into_iter(),
    })
}

fn decode_piece(snapshot: &mut Snapshot, piece: Piece) -> Result<(), CatalogError> {
    match piece {
        Piece::Occupation(raw) => {
            let at = snapshot.occupations.len();
            let occupation: OccupationSummary = decode(raw, || format!("occupations[{at}]"))?;
            snapshot.occupations.push(occupation);
        }
        Piece::Code(raw) => {
            let at = snapshot.styrk.len();
            let code: StyrkCode = decode(raw, || format!("styrk[{at}]"))?;
            snapshot.styrk.push(code);
        }
        Piece::Salary(key, raw) => {
            let salary: Salary = decode(raw, || format!("salary[\"{key}\"]"))?;
            snapshot.salary.insert(key, salary);
        }
        Piece::Employment(key, raw) => {
            let employment: Employment = decode(raw, || format!("employment[\"{key}\"]"))?;
            snapshot.employment.insert(key, employment);
        }
        Piece::Programme(raw) => {
            let at = snapshot.programmes.len();
            let programme: Programme = decode(raw, || format!("programmes[{at}]"))?;
            snapshot.programmes.push(programme);
        }
    }
    Ok(())
}

/// One entry decoded; an error names the entry it is in ("occupations[12]: missing field
/// `slug`"), the name made only then.
fn decode<'a, T: Deserialize<'a>>(
    raw: &'a RawValue,
    at: impl FnOnce() -> String,
) -> Result<T, CatalogError> {
    serde_json::from_str(raw.get())
        .map_err(|error| CatalogError::Decode(format!("{}: {error}", at())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::catalog::tests::catalog;
    use crate::core::integrity;
    use crate::core::sealed::decode_checked;

    /// The test catalog's snapshot as the builder writes it: sealed JSON.
    fn sealed_json() -> String {
        let mut snapshot = catalog().snapshot().clone();
        snapshot.content_hash = integrity::UNSEALED.to_string();
        let bytes = serde_json::to_vec(&snapshot).unwrap();
        String::from_utf8(integrity::seal(bytes).unwrap()).unwrap()
    }

    /// The snapshot and the number of steps it took, `budget` bytes per step.
    fn decode_stepwise(text: &str, budget: usize) -> Result<(Snapshot, usize), CatalogError> {
        let mut steps = SnapshotSteps::start(text)?;
        steps.budget = budget;
        let mut count = 1;
        while steps.step()? {
            count += 1;
        }
        Ok((steps.finish()?, count))
    }

    #[test]
    fn steps_give_the_same_snapshot_as_one_go() {
        let text = sealed_json();
        let whole: Snapshot = decode_checked(&text).unwrap();
        let (stepped, steps) = decode_stepwise(&text, STEP_BYTES).unwrap();
        assert_eq!(stepped, whole);
        assert_eq!(steps, 2, "a small file: the split, then the rest at once");
        let (stepped, steps) = decode_stepwise(&text, 100).unwrap();
        assert_eq!(stepped, whole);
        let entries = whole.occupations.len() + whole.styrk.len();
        assert!(steps > entries / 2, "{steps} steps of about 100 bytes");
    }

    #[test]
    fn a_broken_entry_is_named_and_a_broken_seal_is_caught_first() {
        let text = sealed_json();
        let unsealed = format!(
            "{}{}{}",
            integrity::PREFIX,
            integrity::UNSEALED,
            &text[integrity::PREFIX.len() + 16..]
        );
        let broken = unsealed.replacen("\"slug\":", "\"slog\":", 1);
        let broken = String::from_utf8(integrity::seal(broken.into_bytes()).unwrap()).unwrap();
        let Err(CatalogError::Decode(message)) = decode_stepwise(&broken, STEP_BYTES) else {
            panic!("a missing field must fail");
        };
        assert!(message.starts_with("occupations[0]: "), "{message}");
        let edited = text.replacen("\"slug\":\"", "\"slug\":\"x", 1);
        assert!(matches!(
            SnapshotSteps::start(&edited),
            Err(CatalogError::Integrity(_))
        ));
    }
}
