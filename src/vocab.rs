//! The rule-file vocabulary: the closed sets of options rule files choose
//! from, and periods. A leaf: it imports nothing of the crate but the error
//! type, and every other layer may use it.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind};

macro_rules! closed_set {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "kebab-case")]
        pub enum $name {
            $($(#[$vm])* $variant),+
        }

        impl $name {
            /// Every value, with its spelling in rule files.
            pub const ALL: &'static [($name, &'static str)] = &[$(($name::$variant, $text)),+];

            /// The spelling used in rule files.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }

            /// Parses the spelling used in rule files.
            #[allow(dead_code)]
            #[inline]
            pub(crate) fn parse(s: &str) -> Option<$name> {
                // A `match` on the spellings compiles to a length switch and
                // word compares: no call per candidate.
                match s {
                    $($text => Some($name::$variant),)+
                    _ => None,
                }
            }

            /// "a, b or c": the accepted spellings, for error messages.
            #[allow(dead_code)]
            pub(crate) fn expected() -> String {
                let all: Vec<&str> = Self::ALL.iter().map(|(_, t)| *t).collect();
                match all.split_last() {
                    Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
                    _ => all.join(""),
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = Error;

            /// Parses the spelling used in rule files (as `Display` writes it).
            fn from_str(s: &str) -> Result<$name, Error> {
                $name::parse(s.trim()).ok_or_else(|| {
                    Error::new(
                        ErrorKind::Invalid,
                        format!(concat!("unknown ", stringify!($name), " {:?} (expected {})"), s, $name::expected()),
                    )
                })
            }
        }
    };
}

closed_set! {
    /// The unit a period is stated in. The order is meaningful: `Hour <
    /// Day < CourtDay < Week < Month < Year`.
    #[non_exhaustive]
    Unit {
        /// Elapsed hours on the clock (Fed. R. Civ. P. 6(a)(2)).
        Hour = "hour",
        /// Calendar days: every day counts (6(a)(1)(B)).
        Day = "day",
        /// Days the court is open (Cal. Code Civ. Proc. § 1005(b)).
        CourtDay = "court day",
        /// Weeks of seven days.
        Week = "week",
        /// Calendar months: the same day number N months on.
        Month = "month",
        /// Calendar years: the same day N years on (the anniversary method).
        Year = "year",
    }
}

closed_set! {
    /// Whether a period runs after or before its event.
    Direction {
        /// Measured forward from the event ("within 21 days after service").
        After = "after",
        /// Measured backward from the event ("at least 14 days before the hearing").
        Before = "before",
    }
}

closed_set! {
    /// Where a period that ends on a closed day goes.
    #[non_exhaustive]
    Roll {
        /// To the next court day.
        Forward = "forward",
        /// To the previous court day.
        Backward = "backward",
        /// Forward for periods after an event, backward for periods before
        /// one (Fed. R. Civ. P. 6(a)(5)).
        CountingDirection = "counting-direction",
        /// Nowhere: the day stands, and the result carries a warning (Texas
        /// backward periods: Melendez; Old Republic).
        None = "none",
    }
}

closed_set! {
    /// What a month or year period does when the day number does not exist
    /// in the target month (January 31 + 1 month).
    #[non_exhaustive]
    MonthEnd {
        /// The last day of the target month (N.Y. Gen. Constr. Law § 30; Tex. Gov't Code § 311.014(c)).
        Clamp = "clamp",
        /// The first day of the following month.
        NextMonthStart = "next-month-start",
        /// Refuse to compute: the result is an error.
        Refuse = "refuse",
    }
}

closed_set! {
    /// Where counting starts.
    #[non_exhaustive]
    Start {
        /// The day of the event is excluded; the next day is day 1 (Fed. R. Civ. P. 6(a)(1)(A)).
        ExcludeTriggerDay = "exclude-trigger-day",
        /// Day 1 is the next day that is not a Saturday, Sunday or legal
        /// holiday (Fla. R. Gen. Prac. & Jud. Admin. 2.514(a)(1)(A), since 2019).
        NextCourtDay = "next-court-day",
    }
}

closed_set! {
    /// How a court's state holidays count (Fed. R. Civ. P. 6(a)(6)(C)).
    #[non_exhaustive]
    StateHolidays {
        /// They do not count.
        None = "none",
        /// They count for every period.
        All = "all",
        /// They count only for periods measured after an event.
        ForwardOnly = "forward-only",
    }
}

closed_set! {
    /// When a service-method extension is applied.
    #[non_exhaustive]
    ServiceWhen {
        /// Added after the period would otherwise expire, then rolled again
        /// (Fed. R. Civ. P. 6(d)).
        AfterPeriod = "after-period",
        /// Added to the period itself before rolling (Cal. Code Civ. Proc.
        /// § 1013); for periods before an event, counted further back
        /// (§ 12c(b)).
        ExtendsPeriod = "extends-period",
    }
}

closed_set! {
    /// A rule-specific adjustment of the counted day.
    #[non_exhaustive]
    Adjust {
        /// "On the Monday next after the expiration of" the period (Tex. R.
        /// Civ. P. 99(b)): the first Monday strictly after the last day.
        NextMonday = "next-monday",
    }
}

closed_set! {
    /// How days closed by executive order count (contested: rules/README.md, 'Executive-order closures').
    #[non_exhaustive]
    ExecutiveOrderClosures {
        /// As closed days, as the calendar records them.
        Closed = "closed",
        /// As open days: not "legal holidays" for computing time.
        Open = "open",
    }
}

closed_set! {
    /// How closures recorded in a court's state calendars (court closure
    /// days, emergency closures of the state's courts) count where the state's
    /// holidays count for a federal court (Fed. R. Civ. P. 6(a)(6)(C)).
    #[non_exhaustive]
    StateClosures {
        /// As closed days, as the calendar records them.
        Closed = "closed",
        /// As open days: not days "declared a holiday by the state".
        Open = "open",
    }
}

closed_set! {
    /// What happens to a holiday whose date falls on a Saturday or a Sunday.
    ///
    /// Rule files spell these in kebab-case (`observed = "nearest-weekday"`).
    #[non_exhaustive]
    Observance {
        /// The holiday stays on its date (Texas, Gov't Code § 662.003).
        None = "none",
        /// Saturday → preceding Friday, Sunday → following Monday
        /// (5 U.S.C. § 6103(b) with E.O. 11582; Cal. Rules of Court 1.11;
        /// Fla. Stat. § 110.117).
        NearestWeekday = "nearest-weekday",
        /// Sunday → following Monday; a Saturday holiday stays on Saturday
        /// (N.Y. Gen. Constr. Law § 24).
        SundayToMonday = "sunday-to-monday",
        /// Saturday → preceding Friday; a Sunday holiday stays on Sunday.
        SaturdayToFriday = "saturday-to-friday",
        /// Saturday or Sunday → following Monday.
        WeekendToMonday = "weekend-to-monday",
    }
}

impl Observance {
    /// The day on which a holiday whose actual date is `actual` is observed.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use court_deadlines::Observance;
    ///
    /// // New Year's Day 2022 fell on a Saturday: observed Friday, December 31, 2021.
    /// let jan1 = NaiveDate::from_ymd_opt(2022, 1, 1).unwrap();
    /// assert_eq!(Observance::NearestWeekday.apply(jan1), NaiveDate::from_ymd_opt(2021, 12, 31));
    /// assert_eq!(Observance::SundayToMonday.apply(jan1), Some(jan1));
    /// ```
    pub fn apply(self, actual: NaiveDate) -> Option<NaiveDate> {
        let back = |n| actual.checked_sub_days(Days::new(n));
        let ahead = |n| actual.checked_add_days(Days::new(n));
        match (self, actual.weekday()) {
            (Observance::NearestWeekday | Observance::SaturdayToFriday, Weekday::Sat) => back(1),
            (Observance::WeekendToMonday, Weekday::Sat) => ahead(2),
            (
                Observance::NearestWeekday
                | Observance::SundayToMonday
                | Observance::WeekendToMonday,
                Weekday::Sun,
            ) => ahead(1),
            _ => Some(actual),
        }
    }
}

closed_set! {
    /// What kind of one-off closure a `[[closure]]` entry records.
    #[non_exhaustive]
    ClosureKind {
        /// An executive order closing executive departments (whether such a
        /// day is a "legal holiday" for computing time is contested: see
        /// `rules/README.md`, "Executive-order closures").
        ExecutiveOrder = "executive-order",
        /// A proclamation by the President or a Governor.
        Proclamation = "proclamation",
        /// An order of the court or of its administrative authority.
        CourtOrder = "court-order",
        /// An emergency closure (weather, disaster).
        Emergency = "emergency",
        /// Anything else.
        Other = "other",
    }
}

closed_set! {
    /// A method of service: the ids rule sets define extensions for. A rule
    /// set defines the methods its rules know (Fed. R. Civ. P. 5(b)(2)
    /// has no overnight method, for one); giving a method a rule set does
    /// not define is an error when computing.
    #[non_exhaustive]
    ServiceMethod {
        /// Personal delivery (Fed. R. Civ. P. 5(b)(2)(A), (B)).
        Personal = "personal",
        /// Mail (5(b)(2)(C)); within the state where a rule distinguishes.
        Mail = "mail",
        /// Mail to an address out of the state (Cal. Code Civ. Proc. § 1013(a)).
        MailOutOfState = "mail-out-of-state",
        /// Mail to an address out of the country (Cal. Code Civ. Proc. § 1013(a)).
        MailOutOfCountry = "mail-out-of-country",
        /// Electronic service (5(b)(2)(E); Cal. Code Civ. Proc. § 1010.6).
        Electronic = "electronic",
        /// Overnight delivery (Cal. Code Civ. Proc. § 1013(c)).
        Overnight = "overnight",
        /// Fax (Cal. Code Civ. Proc. § 1013(e)).
        Fax = "fax",
        /// Leaving the paper with the clerk (5(b)(2)(D)).
        Clerk = "clerk",
        /// Other means the person consented to in writing (5(b)(2)(F)).
        Consented = "consented",
    }
}

/// The service-method ids rule sets may define: the spellings of
/// [`ServiceMethod`].
pub const SERVICE_METHODS: &[&str] = &[
    "personal",
    "mail",
    "mail-out-of-state",
    "mail-out-of-country",
    "electronic",
    "overnight",
    "fax",
    "clerk",
    "consented",
];

mod sealed {
    pub trait Sealed {}
    impl Sealed for super::Period {}
    impl Sealed for &str {}
    impl Sealed for String {}
    impl Sealed for &String {}
    impl Sealed for super::ServiceMethod {}
}

/// A period as an argument: a [`Period`], or its text (`"14 days"`),
/// parsed as [`Period::from_str`](std::str::FromStr::from_str) parses it.
pub trait IntoPeriod: sealed::Sealed {
    /// The period, or the error for a text that is not one.
    ///
    /// # Errors
    ///
    /// A text that does not parse as a period.
    fn into_period(self) -> Result<Period, Error>;
}

impl IntoPeriod for Period {
    fn into_period(self) -> Result<Period, Error> {
        Ok(self)
    }
}

impl IntoPeriod for &str {
    fn into_period(self) -> Result<Period, Error> {
        self.parse()
    }
}

impl IntoPeriod for String {
    fn into_period(self) -> Result<Period, Error> {
        self.parse()
    }
}

impl IntoPeriod for &String {
    fn into_period(self) -> Result<Period, Error> {
        self.parse()
    }
}

/// A method of service as an argument: a [`ServiceMethod`], or its id
/// (`"mail"`). An id is checked against the rule set when computing, so a
/// rule file's own methods work too.
pub trait IntoServiceMethod: sealed::Sealed {
    /// The method's id.
    fn into_method_id(self) -> String;
}

impl IntoServiceMethod for ServiceMethod {
    fn into_method_id(self) -> String {
        self.as_str().to_owned()
    }
}

/// A method id as typed: trimmed and lowercased, and the common names of
/// electronic service (`email`, `e-mail`, `e-service`, `ecf`) read as
/// `electronic` — the method they are under Fed. R. Civ. P. 5(b)(2)(E)
/// and the state rules bundled. Nothing else is guessed: an unknown id is
/// an error when computing.
fn method_id(s: &str) -> String {
    let t = s.trim().to_ascii_lowercase();
    match t.as_str() {
        "email" | "e-mail" | "e_mail" | "e-service" | "eservice" | "e_service" | "ecf"
        | "e-filing" | "efiling" => "electronic".to_owned(),
        _ => t,
    }
}

impl IntoServiceMethod for &str {
    fn into_method_id(self) -> String {
        method_id(self)
    }
}

impl IntoServiceMethod for String {
    fn into_method_id(self) -> String {
        method_id(&self)
    }
}

impl IntoServiceMethod for &String {
    fn into_method_id(self) -> String {
        method_id(self)
    }
}

closed_set! {
    /// How a class of days counts for computing time: as closed days (a
    /// period skips them and does not end on them) or as ordinary days.
    #[non_exhaustive]
    HowCounted {
        /// As closed days.
        Closed = "closed",
        /// As ordinary (open) days.
        Open = "open",
    }
}

/// A period: an amount and a unit ("21 days", "16 court days", "72 hours").
///
/// # Example
///
/// ```
/// use court_deadlines::{Period, Unit};
///
/// let p: Period = "16 court days".parse()?;
/// assert_eq!((p.amount, p.unit), (16, Unit::CourtDay));
/// assert_eq!(p.to_string(), "16 court days");
/// assert!("0 days".parse::<Period>().is_ok());
/// assert!("16 cort days".parse::<Period>().is_err());
/// # Ok::<(), court_deadlines::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Period {
    /// How many units.
    pub amount: u32,
    /// The unit.
    pub unit: Unit,
}

/// The largest amount accepted in a period, per unit: about 200 years.
pub(crate) fn max_amount(unit: Unit) -> u32 {
    match unit {
        Unit::Hour => 200 * 366 * 24,
        Unit::Day | Unit::CourtDay => 200 * 366,
        Unit::Week => 200 * 53,
        Unit::Month => 200 * 12,
        Unit::Year => 200,
    }
}

impl FromStr for Period {
    type Err = Error;

    fn from_str(s: &str) -> Result<Period, Error> {
        const EXPECTED: &str = "expected a period such as \"21 days\", \"16 court days\", \"2 weeks\", \"6 months\", \"1 year\" or \"72 hours\"";
        let words: Vec<&str> = s.split_whitespace().collect();
        let (num, unit_words) = match words.split_first() {
            Some((n, rest)) if !rest.is_empty() => (*n, rest),
            _ => {
                return Err(Error::new(
                    ErrorKind::Invalid,
                    format!("bad period {s:?} ({EXPECTED})"),
                ));
            }
        };
        if !num.chars().all(|c| c.is_ascii_digit()) {
            return Err(Error::new(
                ErrorKind::Invalid,
                format!("bad period {s:?}: {num:?} is not a whole number ({EXPECTED})"),
            ));
        }
        let unit_text = unit_words.join(" ").to_ascii_lowercase();
        let unit = match unit_text.as_str() {
            "hour" | "hours" => Unit::Hour,
            "day" | "days" | "calendar day" | "calendar days" => Unit::Day,
            "court day" | "court days" => Unit::CourtDay,
            "week" | "weeks" => Unit::Week,
            "month" | "months" => Unit::Month,
            "year" | "years" => Unit::Year,
            _ => {
                return Err(Error::new(
                    ErrorKind::Invalid,
                    format!(
                        "unknown unit {:?} (expected day, court day, week, month, year or hour, singular or plural)",
                        unit_words.join(" ")
                    ),
                ));
            }
        };
        let amount: u32 = num
            .parse()
            .ok()
            .filter(|n| *n <= max_amount(unit))
            .ok_or_else(|| {
                Error::new(
                    ErrorKind::OutOfRange,
                    format!(
                        "period {s:?} is too long (at most {} {unit}s)",
                        max_amount(unit)
                    ),
                )
            })?;
        Ok(Period { amount, unit })
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let unit = self.unit.as_str();
        if self.amount == 1 {
            write!(f, "1 {unit}")
        } else {
            write!(f, "{} {unit}s", self.amount)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_parse_and_print() {
        for (s, amount, unit, back) in [
            ("21 days", 21, Unit::Day, "21 days"),
            ("1 day", 1, Unit::Day, "1 day"),
            ("16 Court Days", 16, Unit::CourtDay, "16 court days"),
            ("2 weeks", 2, Unit::Week, "2 weeks"),
            ("1 year", 1, Unit::Year, "1 year"),
            ("72 hours", 72, Unit::Hour, "72 hours"),
            ("5 calendar days", 5, Unit::Day, "5 days"),
        ] {
            let p: Period = s.parse().unwrap_or(Period {
                amount: 0,
                unit: Unit::Hour,
            });
            assert_eq!((p.amount, p.unit), (amount, unit), "{s}");
            assert_eq!(p.to_string(), back);
        }
        for bad in [
            "",
            "days",
            "21",
            "-3 days",
            "3.5 days",
            "21 dias",
            "999999999 days",
            "99999999999999999999 days",
        ] {
            assert!(bad.parse::<Period>().is_err(), "{bad}");
        }
    }

    #[test]
    fn service_methods_are_the_closed_set() {
        let names: Vec<&str> = ServiceMethod::ALL.iter().map(|(_, s)| *s).collect();
        assert_eq!(names, SERVICE_METHODS);
    }

    #[test]
    fn closed_sets_round_trip() {
        for (v, s) in Roll::ALL {
            assert_eq!(Roll::parse(s), Some(*v));
        }
        assert_eq!(
            Roll::expected(),
            "forward, backward, counting-direction or none"
        );
        // FromStr and Display are inverses.
        for (v, s) in Direction::ALL {
            assert_eq!(s.parse::<Direction>().ok(), Some(*v));
            assert_eq!(v.to_string(), *s);
        }
        let e = "sideways".parse::<Direction>().unwrap_err();
        assert!(e.to_string().contains("expected after or before"), "{e}");
    }
}
