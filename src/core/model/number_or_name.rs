//! Reading a value the files write as a number or a name (`Figure`, `Threshold`, `CutOff`:
//! `67220` or `"not_published"`). serde's untagged enums would read the same JSON, but buffer
//! every value first and try each variant in turn; thousands of figures are decoded before a
//! page goes live, so these are read in one pass, by the JSON's own type.

use serde::de::{Deserialize, Error, IntoDeserializer, Unexpected, Visitor};
use std::fmt;
use std::marker::PhantomData;

/// A type written as a number or a name.
pub(super) trait FromNumberOrName: Sized {
    /// What the value should be, for error messages.
    const EXPECTING: &'static str;
    fn from_u64(value: u64) -> Option<Self>;
    /// A number with a fraction; only types that hold one take it.
    fn from_f64(_value: f64) -> Option<Self> {
        None
    }
    fn from_name(name: &str) -> Option<Self>;
}

/// A unit variant of an enum from its name, as the enum's own `Deserialize` names it.
pub(super) fn unit_variant<'de, T: Deserialize<'de>>(name: &str) -> Option<T> {
    let name: serde::de::value::StrDeserializer<'_, serde::de::value::Error> =
        name.into_deserializer();
    T::deserialize(name).ok()
}

pub(super) struct NumberOrName<T>(pub(super) PhantomData<T>);

impl<T: FromNumberOrName> Visitor<'_> for NumberOrName<T> {
    type Value = T;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str(T::EXPECTING)
    }

    fn visit_u64<E: Error>(self, value: u64) -> Result<T, E> {
        T::from_u64(value).ok_or_else(|| E::invalid_value(Unexpected::Unsigned(value), &self))
    }

    fn visit_i64<E: Error>(self, value: i64) -> Result<T, E> {
        match u64::try_from(value) {
            Ok(value) => self.visit_u64(value),
            Err(_) => Err(E::invalid_value(Unexpected::Signed(value), &self)),
        }
    }

    fn visit_f64<E: Error>(self, value: f64) -> Result<T, E> {
        T::from_f64(value).ok_or_else(|| E::invalid_value(Unexpected::Float(value), &self))
    }

    fn visit_str<E: Error>(self, name: &str) -> Result<T, E> {
        T::from_name(name).ok_or_else(|| E::invalid_value(Unexpected::Str(name), &self))
    }
}

/// `Deserialize` for each type through [`NumberOrName`].
macro_rules! deserialize_with_visitor {
    ($($type:ty),*) => {$(
        impl<'de> serde::Deserialize<'de> for $type {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserializer.deserialize_any(number_or_name::NumberOrName(std::marker::PhantomData))
            }
        }
    )*};
}
pub(super) use deserialize_with_visitor;

#[cfg(test)]
mod tests {
    use super::super::{AdmissionState, CutOff, Figure, MissingReason, OpenAdmission, Threshold};

    fn round_trip<T>(value: T)
    where
        T: serde::Serialize + for<'de> serde::Deserialize<'de> + PartialEq + std::fmt::Debug,
    {
        let json = serde_json::to_string(&value).unwrap();
        assert_eq!(serde_json::from_str::<T>(&json).unwrap(), value, "{json}");
    }

    #[test]
    fn numbers_and_names_read_back_as_written() {
        round_trip(Figure::Value(67220));
        round_trip(Figure::Value(0));
        round_trip(Figure::Missing(MissingReason::NotPublished));
        round_trip(Figure::Missing(MissingReason::NoCell));
        round_trip(Threshold::Points(45.3));
        round_trip(Threshold::Admission(AdmissionState::PriorityRight));
        round_trip(Threshold::Admission(AdmissionState::NoWaitingList));
        round_trip(CutOff::Points(4570));
        round_trip(CutOff::Open(OpenAdmission::EveryoneQualified));
        assert_eq!(
            serde_json::from_str::<Threshold>("45").unwrap(),
            Threshold::Points(45.0)
        );
        assert_eq!(
            serde_json::from_str::<Figure>("\"not_published\"").unwrap(),
            Figure::Missing(MissingReason::NotPublished)
        );
    }

    #[test]
    fn anything_else_is_an_error_that_says_what_was_expected() {
        for (json, expected) in [
            ("-3", "a whole number or why it is missing"),
            ("4.5", "a whole number or why it is missing"),
            ("\"secret\"", "a whole number or why it is missing"),
            ("null", "a whole number or why it is missing"),
            ("[1]", "a whole number or why it is missing"),
        ] {
            let error = serde_json::from_str::<Figure>(json)
                .unwrap_err()
                .to_string();
            assert!(error.contains(expected), "{json}: {error}");
        }
        let error = serde_json::from_str::<Threshold>("\"X\"")
            .unwrap_err()
            .to_string();
        assert!(error.contains("points or an admission state"), "{error}");
        let error = serde_json::from_str::<CutOff>("4294967296")
            .unwrap_err()
            .to_string();
        assert!(error.contains("points in hundredths"), "{error}");
    }
}
