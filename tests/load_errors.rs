//! Every kind of bad calendar file yields a located, readable error — never
//! a panic. The rendered text is snapshot-tested (`tests/snapshots/`), so a
//! change in wording is a reviewed change.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use court_deadlines::{ErrorKind, RuleBook};

const HEADER: &str = r#"[calendar]
id = "test"
name = "Test calendar"
citation = "Test Act § 1"
weekend = ["saturday", "sunday"]
valid_from = 2000-01-01
verified_through = 2030-12-31
"#;

/// Writes `files` into a fresh folder, loads it, and returns the kind and
/// rendered error with the folder's path replaced by `firm-rules`.
fn load_error(files: &[(&str, &[u8])]) -> (ErrorKind, String) {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir: PathBuf = std::env::temp_dir().join(format!(
        "court-deadlines-load-errors-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    for (name, body) in files {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().expect("has a parent")).expect("create dir");
        std::fs::write(&path, body).expect("write file");
    }
    let result = RuleBook::from_dir(&dir);
    let _ = std::fs::remove_dir_all(&dir);
    match result {
        Ok(_) => panic!(
            "expected an error for {:?}",
            files.iter().map(|f| f.0).collect::<Vec<_>>()
        ),
        Err(e) => {
            let text = e
                .to_string()
                .replace(&dir.display().to_string(), "firm-rules");
            (e.kind(), text)
        }
    }
}

/// One file `test.toml`: the standard header plus `rest`.
fn one(rest: &str) -> (ErrorKind, String) {
    let body = format!("{HEADER}{rest}");
    load_error(&[("test.toml", body.as_bytes())])
}

fn holiday(on: &str) -> String {
    format!("\n[[holiday]]\nname = \"Some Day\"\non = \"{on}\"\ncitation = \"Test Act § 2\"\n")
}

macro_rules! case {
    ($name:ident, $kind:expr, $call:expr) => {
        #[test]
        fn $name() {
            let (kind, text) = $call;
            assert_eq!(kind, $kind, "{text}");
            insta::assert_snapshot!(text);
        }
    };
}

case!(
    toml_syntax_error,
    ErrorKind::Syntax,
    one("\n[[holiday]]\nname = \"Unclosed\n")
);
case!(
    empty_file,
    ErrorKind::Schema,
    load_error(&[("test.toml", b"")])
);
case!(
    no_calendar_table,
    ErrorKind::Schema,
    load_error(&[("test.toml", b"[[holiday]]\nname = \"x\"\n")])
);
case!(
    unknown_key_in_calendar,
    ErrorKind::Schema,
    one("colour = \"blue\"\n")
);
case!(
    unknown_key_in_holiday,
    ErrorKind::Schema,
    one(
        "\n[[holiday]]\nname = \"X\"\non = \"january 1\"\ncitation = \"c\"\nobserve = \"nearest-weekday\"\n"
    )
);
case!(
    wrong_type_weekend,
    ErrorKind::Schema,
    load_error(&[(
        "test.toml",
        b"[calendar]\nid = \"test\"\nname = \"T\"\ncitation = \"c\"\nweekend = \"saturday\"\nvalid_from = 2000-01-01\nverified_through = 2030-12-31\n"
    )])
);
case!(
    missing_citation,
    ErrorKind::Schema,
    one("\n[[holiday]]\nname = \"New Year's Day\"\non = \"january 1\"\n")
);
case!(
    empty_citation,
    ErrorKind::Invalid,
    one("\n[[holiday]]\nname = \"X\"\non = \"january 1\"\ncitation = \"  \"\n")
);
case!(unknown_month, ErrorKind::Invalid, one(&holiday("janury 1")));
case!(
    unknown_month_after_of,
    ErrorKind::Invalid,
    one(&holiday("third monday of januray"))
);
case!(
    impossible_date,
    ErrorKind::Invalid,
    one(&holiday("february 30"))
);
case!(leap_day, ErrorKind::Invalid, one(&holiday("february 29")));
case!(
    unknown_weekday_in_expression,
    ErrorKind::Invalid,
    one(&holiday("third munday of january"))
);
case!(
    fifth_weekday,
    ErrorKind::Invalid,
    one(&holiday("fifth friday of march"))
);
case!(
    missing_of,
    ErrorKind::Invalid,
    one(&holiday("third monday in january"))
);
case!(
    offset_in_weeks,
    ErrorKind::Invalid,
    one(&holiday("easter + 2 weeks"))
);
case!(
    expression_ends_early,
    ErrorKind::Invalid,
    one(&holiday("fourth thursday of november +"))
);
case!(
    unknown_weekend_day,
    ErrorKind::Invalid,
    load_error(&[(
        "test.toml",
        b"[calendar]\nid = \"test\"\nname = \"T\"\ncitation = \"c\"\nweekend = [\"saturday\", \"caturday\"]\nvalid_from = 2000-01-01\nverified_through = 2030-12-31\n"
    )])
);
case!(
    every_day_is_weekend,
    ErrorKind::Invalid,
    load_error(&[(
        "test.toml",
        b"[calendar]\nid = \"test\"\nname = \"T\"\ncitation = \"c\"\nweekend = [\"monday\", \"tuesday\", \"wednesday\", \"thursday\", \"friday\", \"saturday\", \"sunday\"]\nvalid_from = 2000-01-01\nverified_through = 2030-12-31\n"
    )])
);
case!(
    unknown_observance,
    ErrorKind::Invalid,
    one(
        "\n[[holiday]]\nname = \"X\"\non = \"july 4\"\nobserved = \"closest-weekday\"\ncitation = \"c\"\n"
    )
);
case!(
    until_before_from,
    ErrorKind::Invalid,
    one(
        "\n[[holiday]]\nname = \"X\"\non = \"july 4\"\nfrom = 2020\nuntil = 2019\ncitation = \"c\"\n"
    )
);
case!(
    bad_year_cycle,
    ErrorKind::Invalid,
    one(
        "\n[[holiday]]\nname = \"X\"\non = \"january 20\"\nyears = \"every fourth year\"\ncitation = \"c\"\n"
    )
);
case!(
    year_out_of_range,
    ErrorKind::OutOfRange,
    one("\n[[holiday]]\nname = \"X\"\non = \"july 4\"\nfrom = 99999\ncitation = \"c\"\n")
);
case!(
    closure_through_before_date,
    ErrorKind::Invalid,
    one("\n[[closure]]\ndate = 2024-12-24\nthrough = 2024-12-20\nname = \"X\"\ncitation = \"c\"\n")
);
case!(
    closure_date_with_time,
    ErrorKind::Invalid,
    one("\n[[closure]]\ndate = 2024-12-24T09:00:00\nname = \"X\"\ncitation = \"c\"\n")
);
case!(
    closure_date_out_of_window,
    ErrorKind::OutOfRange,
    one("\n[[closure]]\ndate = 1850-12-24\nname = \"X\"\ncitation = \"c\"\n")
);
case!(
    closure_too_long,
    ErrorKind::Invalid,
    one("\n[[closure]]\ndate = 2024-01-01\nthrough = 2026-01-01\nname = \"X\"\ncitation = \"c\"\n")
);
case!(
    unknown_closure_kind,
    ErrorKind::Invalid,
    one("\n[[closure]]\ndate = 2024-12-24\nname = \"X\"\nkind = \"hurricane\"\ncitation = \"c\"\n")
);
case!(
    id_does_not_match_file_name,
    ErrorKind::Invalid,
    load_error(&[("other.toml", HEADER.as_bytes())])
);
case!(
    include_of_missing_calendar,
    ErrorKind::Reference,
    load_error(&[
        (
            "test.toml",
            HEADER
                .replace(
                    "verified_through",
                    "include = [\"us-fedral\", \"us-ca\"]\nverified_through"
                )
                .as_bytes()
        ),
        (
            "us-federal.toml",
            HEADER.replace("\"test\"", "\"us-federal\"").as_bytes()
        )
    ])
);
case!(
    include_cycle,
    ErrorKind::Cycle,
    load_error(&[
        (
            "a.toml",
            HEADER
                .replace("\"test\"", "\"a\"")
                .replace("verified_through", "include = [\"b\"]\nverified_through")
                .as_bytes()
        ),
        (
            "b.toml",
            HEADER
                .replace("\"test\"", "\"b\"")
                .replace("verified_through", "include = [\"c\"]\nverified_through")
                .as_bytes()
        ),
        (
            "c.toml",
            HEADER
                .replace("\"test\"", "\"c\"")
                .replace("verified_through", "include = [\"a\"]\nverified_through")
                .as_bytes()
        ),
    ])
);
case!(
    includes_itself,
    ErrorKind::Cycle,
    load_error(&[(
        "test.toml",
        HEADER
            .replace("verified_through", "include = [\"test\"]\nverified_through")
            .as_bytes()
    )])
);
case!(
    duplicate_id_in_one_folder,
    ErrorKind::Duplicate,
    load_error(&[
        ("a/test.toml", HEADER.as_bytes()),
        ("b/test.toml", HEADER.as_bytes())
    ])
);
case!(
    not_utf8,
    ErrorKind::Syntax,
    load_error(&[("test.toml", b"[calendar]\nid = \"t\xffst\"\n")])
);
case!(
    verified_before_valid,
    ErrorKind::Invalid,
    load_error(&[(
        "test.toml",
        b"[calendar]\nid = \"test\"\nname = \"T\"\ncitation = \"c\"\nweekend = []\nvalid_from = 2020-01-01\nverified_through = 2019-12-31\n"
    )])
);
case!(
    bad_id,
    ErrorKind::Invalid,
    load_error(&[(
        "Test.toml",
        HEADER.replace("\"test\"", "\"Test\"").as_bytes()
    )])
);
case!(
    rule_set_without_counting,
    ErrorKind::Schema,
    load_error(&[("frcp.toml", b"[rule_set]\nid = \"frcp\"\n")])
);
case!(
    file_of_two_kinds,
    ErrorKind::Schema,
    load_error(&[(
        "frcp.toml",
        b"[rule_set]\nid = \"frcp\"\n\n[calendar]\nid = \"x\"\n"
    )])
);

#[test]
fn file_too_large() {
    let mut body = String::from(HEADER);
    while body.len() <= court_deadlines::MAX_FILE_BYTES {
        body.push_str("# padding padding padding padding padding padding padding padding\n");
    }
    let (kind, text) = load_error(&[("test.toml", body.as_bytes())]);
    assert_eq!(kind, ErrorKind::Invalid);
    assert!(
        text.starts_with("firm-rules/test.toml:1:1: file is "),
        "{text}"
    );
}

#[test]
fn missing_directory_is_an_io_error() {
    let err = RuleBook::from_dir("/nonexistent/court-deadlines-rules").unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Io);
}

#[test]
fn unknown_calendar_id_suggests_the_closest() {
    let book = RuleBook::bundled().expect("bundled rules load");
    let err = book.calendar("us-fedral").unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound);
    assert_eq!(
        err.to_string(),
        "no calendar \"us-fedral\" (did you mean \"us-federal\"?)"
    );
}

// ---------------------------------------------------------------------------
// Rule-set and court files.

const RULES: &str = r#"[rule_set]
id = "lab"
name = "Lab rules"
citation = "Lab R. 1"
valid_from = 2000-01-01

[rule_set.counting]
citation = "Lab R. 6(a)"

[event.served]
name = "Served"
"#;

fn rules(rest: &str) -> (ErrorKind, String) {
    let body = format!("{RULES}{rest}");
    load_error(&[("lab.toml", body.as_bytes())])
}

case!(
    unknown_unit_in_period,
    ErrorKind::Invalid,
    rules(
        "\n[deadline.answer]\nname = \"Answer\"\ncitation = \"c\"\nfrom = \"served\"\nperiod = \"21 cort days\"\n"
    )
);
case!(
    zero_period,
    ErrorKind::Invalid,
    rules(
        "\n[deadline.answer]\nname = \"Answer\"\ncitation = \"c\"\nfrom = \"served\"\nperiod = \"0 days\"\n"
    )
);
case!(
    huge_period,
    ErrorKind::OutOfRange,
    rules(
        "\n[deadline.answer]\nname = \"Answer\"\ncitation = \"c\"\nfrom = \"served\"\nperiod = \"999999999 days\"\n"
    )
);
case!(
    unknown_event,
    ErrorKind::Reference,
    rules(
        "\n[deadline.answer]\nname = \"Answer\"\ncitation = \"c\"\nfrom = \"serverd\"\nperiod = \"21 days\"\n"
    )
);
case!(
    unknown_direction,
    ErrorKind::Invalid,
    rules(
        "\n[deadline.answer]\nname = \"Answer\"\ncitation = \"c\"\nfrom = \"served\"\nperiod = \"21 days\"\ndirection = \"afterwards\"\n"
    )
);
case!(
    unknown_roll,
    ErrorKind::Invalid,
    rules(
        "\n[deadline.answer]\nname = \"Answer\"\ncitation = \"c\"\nfrom = \"served\"\nperiod = \"21 days\"\nroll = \"sideways\"\n"
    )
);
case!(
    unknown_service_method,
    ErrorKind::Invalid,
    rules("\n[service.carrier-pigeon]\nname = \"Pigeon\"\ncitation = \"c\"\nadd = \"3 days\"\n")
);
case!(
    service_in_hours,
    ErrorKind::Invalid,
    rules("\n[service.mail]\nname = \"Mail\"\ncitation = \"c\"\nadd = \"72 hours\"\n")
);
case!(
    history_without_until,
    ErrorKind::Schema,
    rules(
        "\n[deadline.answer]\nname = \"Answer\"\ncitation = \"c\"\nfrom = \"served\"\nperiod = \"21 days\"\n[[deadline.answer.history]]\nperiod = \"20 days\"\ncitation = \"old\"\n"
    )
);
case!(
    event_chain_cycle,
    ErrorKind::Cycle,
    rules(
        "\n[event.replied]\nname = \"Replied\"\nexpected = \"reply\"\n\n[deadline.reply]\nname = \"Reply\"\ncitation = \"c\"\nfrom = \"replied\"\nperiod = \"7 days\"\n"
    )
);
case!(
    reading_that_changes_nothing,
    ErrorKind::Invalid,
    rules("\n[[reading]]\nid = \"nothing\"\nname = \"Nothing\"\ncitation = \"c\"\n")
);
case!(
    unknown_time_zone,
    ErrorKind::Invalid,
    load_error(&[
        ("lab.toml", RULES.as_bytes()),
        ("courts.toml", b"[court.lab]\nname = \"Lab court\"\nrule_sets = [\"lab\"]\ncalendars = [\"lab-cal\"]\ntime_zone = \"America/Los_Angelos\"\n"),
    ])
);
case!(
    court_with_unknown_rule_set,
    ErrorKind::Reference,
    load_error(&[
        ("lab.toml", RULES.as_bytes()),
        ("lab-cal.toml", HEADER.replace("\"test\"", "\"lab-cal\"").as_bytes()),
        ("courts.toml", b"[court.lab]\nname = \"Lab court\"\nrule_sets = [\"lab\", \"frpc\"]\ncalendars = [\"lab-cal\"]\ntime_zone = \"America/New_York\"\n"),
    ])
);
case!(
    bad_filing_time,
    ErrorKind::Invalid,
    load_error(&[
        ("lab.toml", RULES.as_bytes()),
        ("lab-cal.toml", HEADER.replace("\"test\"", "\"lab-cal\"").as_bytes()),
        ("courts.toml", b"[court.lab]\nname = \"Lab court\"\nrule_sets = [\"lab\"]\ncalendars = [\"lab-cal\"]\ntime_zone = \"America/New_York\"\nfiling = { electronic = \"25:00\" }\n"),
    ])
);
case!(
    duplicate_court_across_files,
    ErrorKind::Duplicate,
    load_error(&[
        ("lab.toml", RULES.as_bytes()),
        ("lab-cal.toml", HEADER.replace("\"test\"", "\"lab-cal\"").as_bytes()),
        ("a-courts.toml", b"[court.lab]\nname = \"Lab court\"\nrule_sets = [\"lab\"]\ncalendars = [\"lab-cal\"]\ntime_zone = \"America/New_York\"\n"),
        ("b-courts.toml", b"[court.lab]\nname = \"Lab court again\"\nrule_sets = [\"lab\"]\ncalendars = [\"lab-cal\"]\ntime_zone = \"America/New_York\"\n"),
    ])
);
