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

/// A value written as a TOML date (or date-time) or as a quoted string:
/// one visitor serves [`DateValue`] and [`WhenValue`].
trait DateLike: Sized {
    const EXPECTING: &'static str;
    fn from_str(s: &str) -> Self;
    fn from_toml(dt: &toml::value::Datetime) -> Self;
}

fn deserialize_date_like<'de, T: DateLike, D: Deserializer<'de>>(d: D) -> Result<T, D::Error> {
    struct V<T>(std::marker::PhantomData<T>);
    impl<'de, T: DateLike> Visitor<'de> for V<T> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(T::EXPECTING)
        }
        fn visit_str<E: de::Error>(self, s: &str) -> Result<T, E> {
            Ok(T::from_str(s))
        }
        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
            let dt =
                toml::value::Datetime::deserialize(de::value::MapAccessDeserializer::new(map))?;
            Ok(T::from_toml(&dt))
        }
    }
    d.deserialize_any(V(std::marker::PhantomData))
}

impl DateLike for DateValue {
    const EXPECTING: &'static str = "a date such as 2024-12-24";
    fn from_str(s: &str) -> Self {
        parse_iso(s)
    }
    fn from_toml(dt: &toml::value::Datetime) -> Self {
        from_toml(dt)
    }
}

impl<'de> Deserialize<'de> for DateValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        deserialize_date_like(d)
    }
}

fn parse_iso(s: &str) -> DateValue {
    match chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        Ok(d) if s.len() == 10 => DateValue::Ok(d),
        _ => DateValue::Bad(format!("{s:?} is not a date in the form YYYY-MM-DD")),
    }
}

fn toml_date(d: toml::value::Date) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day))
}

fn from_toml(dt: &toml::value::Datetime) -> DateValue {
    match (dt.date, dt.time, dt.offset) {
        (Some(d), None, None) => match toml_date(d) {
            Some(nd) => DateValue::Ok(nd),
            None => DateValue::Bad(format!("{dt} is not a valid date")),
        },
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
    /// A legal holiday on which the court itself stays open.
    #[serde(default)]
    pub(crate) court_open: bool,
    /// `false`: the court closes, but the day is not a legal holiday for
    /// computing time (a judiciary's own holiday).
    #[serde(default)]
    pub(crate) legal_holiday: Option<Spanned<bool>>,
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

/// A local time of day in a rule file: `"16:00"`, `"16:30"`, or `"24:00"`
/// for the end of the day.
pub(crate) type TimeText = Spanned<String>;

/// A rule-set file: `[rule_set]`, `[service.*]`, `[[reading]]`,
/// `[event.*]`, `[deadline.*]`, `[[example]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RuleSetFile {
    pub(crate) rule_set: Spanned<RuleSetHeader>,
    #[serde(default)]
    pub(crate) service: std::collections::BTreeMap<Spanned<String>, Spanned<ServiceSpec>>,
    #[serde(default)]
    pub(crate) reading: Vec<Spanned<ReadingSpec>>,
    #[serde(default)]
    pub(crate) event: std::collections::BTreeMap<Spanned<String>, Spanned<EventSpec>>,
    #[serde(default)]
    pub(crate) deadline: std::collections::BTreeMap<Spanned<String>, Spanned<DeadlineSpec>>,
    #[serde(default)]
    pub(crate) example: Vec<Spanned<ExampleSpec>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RuleSetHeader {
    pub(crate) id: Spanned<String>,
    pub(crate) name: Spanned<String>,
    pub(crate) citation: Spanned<String>,
    pub(crate) valid_from: Spanned<DateValue>,
    #[serde(default)]
    pub(crate) note: Option<String>,
    /// A local rule set: the rule set whose counting, service and filing
    /// rules it is counted under, and whose events it may name.
    #[serde(default)]
    pub(crate) supplements: Option<Spanned<String>>,
    /// Required unless the rule set supplements another.
    #[serde(default)]
    pub(crate) counting: Option<Spanned<CountingSpec>>,
    #[serde(default)]
    pub(crate) filing: Option<Spanned<FilingDefaultsSpec>>,
}

/// The counting convention; in a history entry every key but `until` and
/// `citation` is optional and overrides the current version.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CountingSpec {
    #[serde(default)]
    pub(crate) until: Option<Spanned<DateValue>>,
    pub(crate) citation: Spanned<String>,
    #[serde(default)]
    pub(crate) start: Option<Spanned<String>>,
    #[serde(default)]
    pub(crate) roll: Option<Spanned<String>>,
    /// The roll for periods counted before an event, where it differs.
    #[serde(default)]
    pub(crate) roll_before: Option<Spanned<String>>,
    /// Whether service extensions lengthen periods counted before an event.
    #[serde(default)]
    pub(crate) service_before_events: Option<Spanned<bool>>,
    #[serde(default)]
    pub(crate) month_end: Option<Spanned<String>>,
    #[serde(default)]
    pub(crate) state_holidays: Option<Spanned<String>>,
    /// How the court's own legal holidays on which it stays open count.
    #[serde(default)]
    pub(crate) court_open_holidays: Option<Spanned<String>>,
    /// How days the courts close that are not legal holidays count.
    #[serde(default)]
    pub(crate) non_legal_holidays: Option<Spanned<String>>,
    #[serde(default)]
    pub(crate) short_period_under: Option<Spanned<i64>>,
    #[serde(default)]
    pub(crate) short_period_max: Option<Spanned<i64>>,
    #[serde(default)]
    pub(crate) inaccessibility: Option<Spanned<String>>,
    /// For readers of the file; the engine does not use it.
    #[serde(default)]
    #[allow(dead_code)]
    pub(crate) note: Option<String>,
    #[serde(default)]
    pub(crate) history: Vec<Spanned<CountingSpec>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct FilingDefaultsSpec {
    pub(crate) citation: Spanned<String>,
    #[serde(default)]
    pub(crate) electronic: Option<TimeText>,
    #[serde(default)]
    pub(crate) paper: Option<TimeText>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ServiceSpec {
    #[serde(default)]
    pub(crate) until: Option<Spanned<DateValue>>,
    #[serde(default)]
    pub(crate) name: Option<Spanned<String>>,
    pub(crate) citation: Spanned<String>,
    #[serde(default)]
    pub(crate) add: Option<Spanned<String>>,
    #[serde(default)]
    pub(crate) when: Option<Spanned<String>>,
    /// For readers of the file; the engine does not use it.
    #[serde(default)]
    #[allow(dead_code)]
    pub(crate) note: Option<String>,
    #[serde(default)]
    pub(crate) history: Vec<Spanned<ServiceSpec>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ReadingSpec {
    pub(crate) id: Spanned<String>,
    pub(crate) name: Spanned<String>,
    pub(crate) citation: Spanned<String>,
    #[serde(default)]
    pub(crate) roll: Option<Spanned<String>>,
    #[serde(default)]
    pub(crate) service_when: Option<Spanned<String>>,
    #[serde(default)]
    pub(crate) month_end: Option<Spanned<String>>,
    #[serde(default)]
    pub(crate) executive_order_closures: Option<Spanned<String>>,
    #[serde(default)]
    pub(crate) service_extension: Option<Spanned<bool>>,
    #[serde(default)]
    pub(crate) start: Option<Spanned<String>>,
    #[serde(default)]
    pub(crate) state_closures: Option<Spanned<String>>,
    #[serde(default)]
    pub(crate) state_open_holidays: Option<Spanned<String>>,
    #[serde(default)]
    pub(crate) court_open_holidays: Option<Spanned<String>>,
    #[serde(default)]
    pub(crate) non_legal_holidays: Option<Spanned<String>>,
    /// The reading is shown only for rules dates from this date ...
    #[serde(default)]
    pub(crate) from: Option<Spanned<DateValue>>,
    /// ... through this date.
    #[serde(default)]
    pub(crate) until: Option<Spanned<DateValue>>,
    /// Only for periods counted in this direction.
    #[serde(default)]
    pub(crate) direction: Option<Spanned<String>>,
    /// For readers of the file; the engine does not use it.
    #[serde(default)]
    #[allow(dead_code)]
    pub(crate) note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct EventSpec {
    pub(crate) name: Spanned<String>,
    #[serde(default)]
    pub(crate) citation: Option<Spanned<String>>,
    #[serde(default)]
    pub(crate) expected: Option<Spanned<String>>,
    /// The event of an appellate rule set that this one starts
    /// (`"frap.judgment-entered"`): a schedule in a court with `appeals_to`
    /// then includes the papers filed here to appeal.
    #[serde(default)]
    pub(crate) appeal: Option<Spanned<String>>,
    /// For readers of the file; the engine does not use it.
    #[serde(default)]
    #[allow(dead_code)]
    pub(crate) note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct DeadlineSpec {
    #[serde(default)]
    pub(crate) until: Option<Spanned<DateValue>>,
    #[serde(default)]
    pub(crate) name: Option<Spanned<String>>,
    pub(crate) citation: Spanned<String>,
    #[serde(default)]
    pub(crate) from: Option<Spanned<String>>,
    #[serde(default)]
    pub(crate) period: Option<Spanned<String>>,
    #[serde(default)]
    pub(crate) direction: Option<Spanned<String>>,
    #[serde(default)]
    pub(crate) service_extension: Option<Spanned<bool>>,
    #[serde(default)]
    pub(crate) roll: Option<Spanned<String>>,
    #[serde(default)]
    pub(crate) month_end: Option<Spanned<String>>,
    #[serde(default)]
    pub(crate) adjust: Option<Spanned<String>>,
    #[serde(default)]
    pub(crate) cutoff: Option<Spanned<String>>,
    #[serde(default)]
    pub(crate) kind: Option<Spanned<String>>,
    #[serde(default)]
    pub(crate) calendar_days: Option<Spanned<bool>>,
    #[serde(default)]
    pub(crate) services: Option<std::collections::BTreeMap<Spanned<String>, Spanned<String>>>,
    #[serde(default)]
    pub(crate) filed_in: Option<Spanned<String>>,
    #[serde(default)]
    pub(crate) earliest_of: Option<Spanned<Vec<Spanned<String>>>>,
    #[serde(default)]
    pub(crate) latest_of: Option<Spanned<Vec<Spanned<String>>>>,
    #[serde(default)]
    pub(crate) from_date: Option<Spanned<DateValue>>,
    /// The last day the deadline exists (a rule repealed or replaced).
    #[serde(default)]
    pub(crate) until_date: Option<Spanned<DateValue>>,
    /// In a local rule set: the deadlines of the supplemented rule set
    /// this one replaces in the courts that use both.
    #[serde(default)]
    pub(crate) displaces: Option<Spanned<Vec<Spanned<String>>>>,
    /// Local rules commonly set other times for this deadline.
    #[serde(default)]
    pub(crate) local_rules_vary: Option<Spanned<bool>>,
    /// A timely paper of this kind suspends another deadline (a Rule 59
    /// motion and the notice of appeal, Fed. R. App. P. 4(a)(4)(A)): its
    /// qualified id, with `tolls_citation`.
    #[serde(default)]
    pub(crate) tolls: Option<Spanned<String>>,
    #[serde(default)]
    pub(crate) tolls_citation: Option<Spanned<String>>,
    /// For readers of the file; the engine does not use it.
    #[serde(default)]
    #[allow(dead_code)]
    pub(crate) note: Option<String>,
    #[serde(default)]
    pub(crate) history: Vec<Spanned<DeadlineSpec>>,
    #[serde(default)]
    pub(crate) reading: Vec<Spanned<ReadingSpec>>,
}

/// A date, or a local date-time (for hour periods), in an example.
#[derive(Debug, Clone)]
pub(crate) enum WhenValue {
    Date(chrono::NaiveDate),
    DateTime(chrono::NaiveDateTime),
    Bad(String),
}

impl DateLike for WhenValue {
    const EXPECTING: &'static str =
        "a date (2024-12-24) or a local date-time (2007-11-02T10:23:00)";
    fn from_str(s: &str) -> Self {
        when_from_str(s)
    }
    fn from_toml(dt: &toml::value::Datetime) -> Self {
        when_from_toml(dt)
    }
}

impl<'de> Deserialize<'de> for WhenValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        deserialize_date_like(d)
    }
}

fn when_from_str(s: &str) -> WhenValue {
    if let Ok(d) = chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return WhenValue::Date(d);
    }
    for f in ["%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"] {
        if let Ok(dt) = chrono::NaiveDateTime::parse_from_str(s, f) {
            return WhenValue::DateTime(dt);
        }
    }
    WhenValue::Bad(format!(
        "{s:?} is not a date (YYYY-MM-DD) or a local date-time (YYYY-MM-DDTHH:MM)"
    ))
}

fn when_from_toml(dt: &toml::value::Datetime) -> WhenValue {
    if dt.offset.is_some() {
        return WhenValue::Bad(format!(
            "{dt} has a UTC offset; write the court's local time without one"
        ));
    }
    match (dt.date, dt.time) {
        (Some(_), None) => match from_toml(dt) {
            DateValue::Ok(d) => WhenValue::Date(d),
            DateValue::Bad(m) => WhenValue::Bad(m),
        },
        (Some(d), Some(t)) => {
            let date = toml_date(d);
            let time = chrono::NaiveTime::from_hms_opt(
                u32::from(t.hour),
                u32::from(t.minute),
                u32::from(t.second.unwrap_or(0)),
            );
            match (date, time) {
                (Some(d), Some(t)) => WhenValue::DateTime(d.and_time(t)),
                _ => WhenValue::Bad(format!("{dt} is not a valid date-time")),
            }
        }
        _ => WhenValue::Bad(format!("{dt} has no date")),
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ExampleSpec {
    pub(crate) source: Spanned<String>,
    pub(crate) court: Spanned<String>,
    #[serde(default)]
    pub(crate) deadline: Option<Spanned<String>>,
    #[serde(default)]
    pub(crate) period: Option<Spanned<String>>,
    #[serde(default)]
    pub(crate) after: Option<Spanned<WhenValue>>,
    #[serde(default)]
    pub(crate) before: Option<Spanned<WhenValue>>,
    #[serde(default)]
    pub(crate) trigger: Option<Spanned<WhenValue>>,
    #[serde(default)]
    pub(crate) service: Option<Spanned<String>>,
    #[serde(default)]
    pub(crate) as_of: Option<Spanned<DateValue>>,
    #[serde(default)]
    pub(crate) closed: Vec<Spanned<DateValue>>,
    #[serde(default)]
    pub(crate) inaccessible: Vec<Spanned<DateValue>>,
    #[serde(default)]
    pub(crate) reading: Option<Spanned<String>>,
    pub(crate) expect: Spanned<WhenValue>,
    /// For readers of the file; the engine does not use it.
    #[serde(default)]
    #[allow(dead_code)]
    pub(crate) note: Option<String>,
}

/// A courts file: `[court.<id>]` tables.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CourtsFile {
    pub(crate) court: std::collections::BTreeMap<Spanned<String>, Spanned<CourtSpec>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CourtSpec {
    /// A patch: adds to a court an earlier layer defines (only the `add_*`
    /// keys and `note`). Otherwise `name`, `rule_sets`, `calendars` and
    /// `time_zone` are required.
    #[serde(default)]
    pub(crate) extends: Option<Spanned<bool>>,
    #[serde(default)]
    pub(crate) add_rule_sets: Option<Spanned<Vec<Spanned<String>>>>,
    #[serde(default)]
    pub(crate) add_calendars: Option<Spanned<Vec<Spanned<String>>>>,
    #[serde(default)]
    pub(crate) add_forward_only_calendars: Option<Spanned<Vec<Spanned<String>>>>,
    #[serde(default)]
    pub(crate) name: Option<Spanned<String>>,
    #[serde(default)]
    pub(crate) citation: Option<Spanned<String>>,
    #[serde(default)]
    pub(crate) rule_sets: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    pub(crate) calendars: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    pub(crate) forward_only_calendars: Vec<Spanned<String>>,
    #[serde(default)]
    pub(crate) state: Option<Spanned<String>>,
    #[serde(default)]
    pub(crate) time_zone: Option<Spanned<String>>,
    #[serde(default)]
    pub(crate) filing: Option<Spanned<std::collections::BTreeMap<String, Spanned<String>>>>,
    #[serde(default)]
    pub(crate) filing_citation: Option<Spanned<String>>,
    #[serde(default)]
    pub(crate) filing_history: Vec<Spanned<FilingHistorySpec>>,
    /// The court of appeals that hears appeals from this court.
    #[serde(default)]
    pub(crate) appeals_to: Option<Spanned<String>>,
    /// Other names a user may type for the court (citation forms such as
    /// "S.D.N.Y.", "N.D. Cal."); matched ignoring case, spaces and dots.
    #[serde(default)]
    pub(crate) aliases: Vec<Spanned<String>>,
    #[serde(default)]
    pub(crate) note: Option<String>,
}

/// An earlier version of a court's filing cut-offs.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct FilingHistorySpec {
    pub(crate) until: Spanned<DateValue>,
    #[serde(default)]
    pub(crate) electronic: Option<Spanned<String>>,
    #[serde(default)]
    pub(crate) paper: Option<Spanned<String>>,
    pub(crate) citation: Spanned<String>,
}
