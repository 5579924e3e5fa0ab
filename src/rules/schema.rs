//! The TOML schema of rule files, as serde types. Only the loader sees these;
//! the compute path never touches TOML types.
//!
//! Values that are checked after parsing (expressions, names, references)
//! are wrapped in `Spanned` so that those checks can still point at the
//! source.

use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use toml::Spanned;

/// A date in a rule file: a TOML local date (`2024-12-24`) or a quoted ISO
/// date (`"2024-12-24"`).
#[derive(Debug, Clone)]
pub(crate) enum DateValue {
    Ok(chrono::NaiveDate),
    /// The value was not a plain date; the message says what it was.
    Bad(String),
}

impl<'de> Deserialize<'de> for DateValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = DateValue;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date such as 2024-12-24")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<DateValue, E> {
                Ok(parse_iso(s))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<DateValue, A::Error> {
                let dt =
                    toml::value::Datetime::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(from_toml(&dt))
            }
        }
        d.deserialize_any(V)
    }
}

fn parse_iso(s: &str) -> DateValue {
    match chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        Ok(d) if s.len() == 10 => DateValue::Ok(d),
        _ => DateValue::Bad(format!("{s:?} is not a date in the form YYYY-MM-DD")),
    }
}

fn from_toml(dt: &toml::value::Datetime) -> DateValue {
    match (dt.date, dt.time, dt.offset) {
        (Some(d), None, None) => {
            match chrono::NaiveDate::from_ymd_opt(
                i32::from(d.year),
                u32::from(d.month),
                u32::from(d.day),
            ) {
                Some(nd) => DateValue::Ok(nd),
                None => DateValue::Bad(format!("{dt} is not a valid date")),
            }
        }
        _ => DateValue::Bad(format!(
            "{dt} has a time of day; expected a date alone, such as 2024-12-24"
        )),
    }
}

/// A calendar file: `[calendar]`, `[[holiday]]`, `[[closure]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CalendarFile {
    pub(crate) calendar: Spanned<CalendarHeader>,
    #[serde(default)]
    pub(crate) holiday: Vec<Spanned<HolidaySpec>>,
    #[serde(default)]
    pub(crate) closure: Vec<Spanned<ClosureSpec>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CalendarHeader {
    pub(crate) id: Spanned<String>,
    pub(crate) name: Spanned<String>,
    pub(crate) citation: Spanned<String>,
    pub(crate) weekend: Spanned<Vec<Spanned<String>>>,
    #[serde(default)]
    pub(crate) observed: Option<Spanned<String>>,
    pub(crate) valid_from: Spanned<DateValue>,
    pub(crate) verified_through: Spanned<DateValue>,
    #[serde(default)]
    pub(crate) include: Vec<Spanned<String>>,
    #[serde(default)]
    pub(crate) note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct HolidaySpec {
    pub(crate) name: Spanned<String>,
    pub(crate) on: Spanned<String>,
    pub(crate) citation: Spanned<String>,
    #[serde(default)]
    pub(crate) observed: Option<Spanned<String>>,
    #[serde(default)]
    pub(crate) from: Option<Spanned<i64>>,
    #[serde(default)]
    pub(crate) until: Option<Spanned<i64>>,
    #[serde(default)]
    pub(crate) years: Option<Spanned<String>>,
    #[serde(default)]
    pub(crate) note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ClosureSpec {
    pub(crate) date: Spanned<DateValue>,
    #[serde(default)]
    pub(crate) through: Option<Spanned<DateValue>>,
    pub(crate) name: Spanned<String>,
    #[serde(default)]
    pub(crate) kind: Option<Spanned<String>>,
    pub(crate) citation: Spanned<String>,
    #[serde(default)]
    pub(crate) note: Option<String>,
}
