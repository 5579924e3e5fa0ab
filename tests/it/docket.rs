//! The docket tool (`examples/docket/`) and the task-titled examples, driven
//! as a person would: arguments in, standard output, standard error and the
//! exit status out.
//!
//! Every expected date is worked out by hand in a comment next to it, from
//! the rule and the holidays (5 U.S.C. § 6103(a) for the federal ones), not
//! copied from the tool. The explanation texts are snapshots
//! (`tests/snapshots/docket__*.snap`). Only federal courts and FRCP
//! deadlines are used.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../../examples/docket/app.rs"]
mod app;

#[path = "docket_living.rs"]
mod living;

#[allow(dead_code)]
#[path = "../../examples/answer_deadline.rs"]
mod answer_deadline;
#[allow(dead_code)]
#[path = "../../examples/as_of.rs"]
mod as_of;
#[allow(dead_code)]
#[path = "../../examples/firm_rules.rs"]
mod firm_rules;
#[allow(dead_code)]
#[path = "../../examples/hearing_schedule.rs"]
mod hearing_schedule;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use court_deadlines::{Direction, RuleBook, Trigger};
use icalendar::parser::{Component, read_calendar, unfold};
use serde_json::Value;

/// What a run of the tool gives back.
struct Run {
    code: u8,
    out: String,
    err: String,
}

/// The export time calendar exports in these tests record (so that their
/// output does not depend on the clock): before every reminder they write.
const EXPORT_TIME: &str = "2026-11-20T12:00:00Z";

/// Runs `docket ARGS…` and captures everything. A command that exports
/// (calendar, CSV, report) gets the fixed export time unless the test gives
/// one.
fn docket(args: &[&str]) -> Run {
    let mut out = Vec::new();
    let mut err = Vec::new();
    let mut args = args.to_vec();
    let exports = ["compute", "schedule", "batch", "due"];
    if args.first().is_some_and(|c| exports.contains(c)) && !args.contains(&"--export-time") {
        args.extend(["--export-time", EXPORT_TIME]);
    }
    let argv = std::iter::once("docket").chain(args.iter().copied());
    let code = app::main_with(argv, &mut out, &mut err);
    Run {
        code,
        out: String::from_utf8(out).unwrap(),
        err: String::from_utf8(err).unwrap(),
    }
}

/// Runs and expects success.
fn ok(args: &[&str]) -> String {
    let r = docket(args);
    assert_eq!(r.code, 0, "docket {args:?} failed: {}", r.err);
    assert_eq!(r.err, "", "docket {args:?} wrote to stderr");
    r.out
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A fresh scratch folder for this test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("docket-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

// ---------------------------------------------------------------------------
// compute
// ---------------------------------------------------------------------------

/// The README's main-job command.
#[test]
fn compute_main_job_command() {
    let out = ok(&[
        "compute",
        "--court",
        "cand",
        "--deadline",
        "frcp.answer-to-counterclaim",
        "--trigger",
        "2026-12-04",
        "--service",
        "mail",
    ]);
    // Served by mail Friday, December 4, 2026: day 21 (Fed. R. Civ. P.
    // 12(a)(1)(B)) is Friday, December 25, Christmas Day (5 U.S.C.
    // § 6103(a)); Saturday and Sunday follow, so the period runs to Monday,
    // December 28 (6(a)(1)(C)); Rule 6(d) then adds 3 days: Thursday,
    // December 31, a court day.
    assert!(out.contains("Due: Thursday, December 31, 2026\n"), "{out}");
    assert!(out.contains("Christmas Day, 5 U.S.C. § 6103(a)"));
    assert!(out.contains("[Fed. R. Civ. P. 6(d)]"));
    insta::assert_snapshot!(
        "compute_answer_to_counterclaim_mail",
        stable_fingerprint(&out)
    );
}

#[test]
fn compute_answer_explained() {
    let out = ok(&[
        "compute",
        "--court",
        "cand",
        "--deadline",
        "frcp.answer",
        "--trigger",
        "2026-11-27",
    ]);
    // Served Friday, November 27, 2026: day 21 is Friday, December 18, a
    // court day (no federal holiday between Thanksgiving and Christmas).
    assert!(out.contains("Due: Friday, December 18, 2026\n"), "{out}");
    assert!(out.contains("Fed. R. Civ. P. 12(a)(1)(A)(i)"));
    insta::assert_snapshot!("compute_answer", stable_fingerprint(&out));
}

/// `--json` prints the engine's serialized result, field for field.
#[test]
fn compute_json_round_trips() {
    let out = ok(&[
        "compute",
        "--court",
        "cand",
        "--deadline",
        "frcp.answer-to-counterclaim",
        "--trigger",
        "2026-12-04",
        "--service",
        "mail",
        "--json",
    ]);
    let v: Value = serde_json::from_str(&out).unwrap();
    for key in ["date", "readings", "safe_date", "steps", "warnings"] {
        assert!(v.get(key).is_some(), "no {key} in {out}");
    }
    // As worked out in compute_main_job_command.
    assert_eq!(v["date"], "2026-12-31");
    assert_eq!(v["safe_date"], "2026-12-31");
    assert_eq!(v["rule"]["rule_set"], "frcp");
    assert_eq!(v["rule"]["deadline"], "answer-to-counterclaim");
    let book = RuleBook::bundled().unwrap();
    let lib = book
        .court("cand")
        .unwrap()
        .compute(
            "frcp.answer-to-counterclaim",
            &Trigger::on(date(2026, 12, 4)).served_by("mail"),
        )
        .unwrap();
    // The tool adds the audit (when, which version, which rule data); the
    // rest is the library's result as it serializes it.
    let mut v = v;
    let audit = v.as_object_mut().unwrap().remove("audit").unwrap();
    assert_eq!(audit["computed_at"], "2026-11-20T12:00:00Z");
    assert_eq!(audit["rules_fingerprint"], book.fingerprint());
    assert_eq!(v, serde_json::to_value(&lib).unwrap());
    // And back to text: the JSON is the same data, so it prints the same.
    let reparsed: Value = serde_json::from_str(&serde_json::to_string(&v).unwrap()).unwrap();
    assert_eq!(reparsed, v);
}

#[test]
fn compute_as_of_a_rule_change() {
    let base = [
        "compute",
        "--court",
        "dcd",
        "--deadline",
        "frcp.answer",
        "--trigger",
        "2009-11-20",
    ];
    // Served Friday, November 20, 2009, under the rules then in force: 20
    // days (Fed. R. Civ. P. 12(a)(1)(A), before Dec. 1, 2009; 20 is not under
    // 11, so every day counts): Thursday, December 10, 2009, a court day.
    let then = ok(&base);
    assert!(
        then.contains("Due: Thursday, December 10, 2009\n"),
        "{then}"
    );
    // Under the rules in force on December 1, 2009: 21 days, Friday,
    // December 11, 2009.
    let mut args = base.to_vec();
    args.extend(["--as-of", "2009-12-01"]);
    let now = ok(&args);
    assert!(now.contains("Due: Friday, December 11, 2009\n"), "{now}");
}

#[test]
fn compute_ad_hoc_periods() {
    // 14 days after Friday, November 27, 2026: Friday, December 11.
    let after = ok(&[
        "compute",
        "--court",
        "cand",
        "--rules",
        "frcp",
        "--period",
        "14 days",
        "--after",
        "2026-11-27",
    ]);
    assert!(
        after.contains("Due: Friday, December 11, 2026\n"),
        "{after}"
    );
    // 14 days before Monday, January 4, 2027: Monday, December 21, 2026, a
    // court day.
    let before = ok(&[
        "compute",
        "--court",
        "cand",
        "--rules",
        "frcp",
        "--period",
        "14 days",
        "--before",
        "2027-01-04",
    ]);
    assert!(
        before.contains("Due: Monday, December 21, 2026\n"),
        "{before}"
    );
    // 10 court days before Monday, January 4, 2027, skipping the weekend,
    // New Year's Day (Fri. Jan. 1), Christmas (Fri. Dec. 25) and two more
    // weekends: Dec. 31, 30, 29, 28, 24, 23, 22, 21, 18, 17 — Thursday,
    // December 17, 2026.
    let court_days = ok(&[
        "compute",
        "--court",
        "cand",
        "--rules",
        "frcp",
        "--period",
        "10 court days",
        "--before",
        "2027-01-04",
    ]);
    assert!(
        court_days.contains("Due: Thursday, December 17, 2026\n"),
        "{court_days}"
    );
}

/// The Rule 6 committee note (2009): "If a paper is due 72 hours after an
/// event at 10:23 a.m. on Friday, November 2, 2007, it is due at 9:23 a.m.
/// on Monday, November 5, 2007" (daylight saving time ended on Sunday,
/// November 4).
#[test]
fn compute_hour_period_takes_a_date_time() {
    let out = ok(&[
        "compute",
        "--court",
        "dcd",
        "--rules",
        "frcp",
        "--period",
        "72 hours",
        "--after",
        "2007-11-02T10:23",
        "--as-of",
        "2009-12-01",
    ]);
    assert!(
        out.contains("Due: Monday, November 5, 2007 at 9:23 AM EST\n"),
        "{out}"
    );
    let r = docket(&[
        "compute",
        "--court",
        "dcd",
        "--rules",
        "frcp",
        "--period",
        "72 hours",
        "--after",
        "2007-11-02",
        "--as-of",
        "2009-12-01",
    ]);
    assert_eq!(r.code, 1);
    assert!(r.err.contains("needs the time of the event"), "{}", r.err);
}

#[test]
fn compute_inaccessible_and_closed_days() {
    let base = [
        "compute",
        "--court",
        "cand",
        "--deadline",
        "frcp.answer",
        "--trigger",
        "2026-11-27",
    ];
    // The answer is due Friday, December 18, 2026 (see compute_answer_explained).
    // Clerk's office inaccessible that day (Fed. R. Civ. P. 6(a)(3)(A)): the
    // first accessible day that is not a weekend or holiday is Monday,
    // December 21.
    let mut args = base.to_vec();
    args.extend(["--inaccessible", "2026-12-18"]);
    let out = ok(&args);
    assert!(out.contains("Due: Monday, December 21, 2026\n"), "{out}");
    assert!(
        out.contains("The clerk's office was inaccessible on Friday, December 18, 2026"),
        "{out}"
    );
    // Closed on the 18th and (repeated flag) on Monday the 21st: Tuesday,
    // December 22.
    let mut args = base.to_vec();
    args.extend(["--closed", "2026-12-18", "--closed", "2026-12-21"]);
    let out = ok(&args);
    assert!(out.contains("Due: Tuesday, December 22, 2026\n"), "{out}");
}

// ---------------------------------------------------------------------------
// schedule, CSV and calendar export
// ---------------------------------------------------------------------------

const SCHEDULE: [&str; 7] = [
    "schedule",
    "--court",
    "cand",
    "--event",
    "frcp.complaint-served",
    "--date",
    "2026-11-27",
];

// Served Friday, November 27, 2026:
// - answer: 21 days, Friday, December 18, 2026;
// - third-party complaint without leave: 14 days after serving the answer,
//   assumed on December 18: Friday, January 1, 2027 is New Year's Day, then
//   the weekend: Monday, January 4, 2027;
// - amendment as of course after the responsive pleading: 21 days after
//   December 18: Friday, January 8, 2027.
const EXPECTED_SCHEDULE: [(&str, &str); 3] = [
    ("frcp.answer", "2026-12-18"),
    ("frcp.third-party-complaint-without-leave", "2027-01-04"),
    ("frcp.amend-as-of-course-after-response", "2027-01-08"),
];

#[test]
fn schedule_lists_every_deadline_from_the_event() {
    let out = ok(&SCHEDULE);
    for (id, day) in EXPECTED_SCHEDULE {
        assert!(
            out.lines()
                .any(|l| l.contains(day) && l.ends_with(&format!("[{id}]"))),
            "{id} on {day} missing:\n{out}"
        );
    }
    insta::assert_snapshot!("schedule_complaint_served", stable_fingerprint(&out));
}

#[test]
fn schedule_json_round_trips() {
    let mut args = SCHEDULE.to_vec();
    args.push("--json");
    let v: Value = serde_json::from_str(&ok(&args)).unwrap();
    let book = RuleBook::bundled().unwrap();
    let lib = book
        .court("cand")
        .unwrap()
        .schedule("frcp.complaint-served", &Trigger::on(date(2026, 11, 27)))
        .unwrap();
    let mut v = v;
    assert!(v.as_object_mut().unwrap().remove("audit").is_some());
    assert_eq!(v, serde_json::to_value(&lib).unwrap());
    let dates: Vec<&str> = v["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["deadline"]["date"].as_str().unwrap())
        .collect();
    assert_eq!(dates, ["2026-12-18", "2027-01-04", "2027-01-08"]);
}

#[test]
fn schedule_csv_file() {
    let dir = scratch("schedule-csv");
    let file = dir.join("doe.csv");
    let mut args = SCHEDULE.to_vec();
    args.extend([
        "--matter",
        "Doe v. Roe, No. 3:26-cv-01234",
        "--csv",
        s(&file),
    ]);
    let out = ok(&args);
    assert!(out.contains("CSV: 3 deadlines written to"), "{out}");
    let mut rdr = csv::Reader::from_path(&file).unwrap();
    let header: Vec<String> = rdr.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        header,
        [
            "matter",
            "court",
            "deadline",
            "name",
            "citation",
            "event",
            "trigger",
            "service",
            "date",
            "due_at",
            "safe_date",
            "assumed",
            "warnings",
            "party",
            "computed_at",
            "crate_version",
            "rules_fingerprint",
            "rule_version",
            "error"
        ]
    );
    let rows: Vec<csv::StringRecord> = rdr.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 3);
    for (row, (id, day)) in rows.iter().zip(EXPECTED_SCHEDULE) {
        assert_eq!(&row[0], "Doe v. Roe, No. 3:26-cv-01234");
        assert_eq!(&row[1], "cand");
        assert_eq!(&row[2], id);
        assert_eq!(&row[8], day);
        assert!(row[4].starts_with("Fed. R. Civ. P."), "{row:?}");
        // The audit columns: when, by which version, with which rule data.
        assert_eq!(&row[14], "2026-11-20T12:00:00Z");
        assert_eq!(&row[15], env!("CARGO_PKG_VERSION"));
        assert_eq!(row[16].len(), 32);
        assert_eq!(&row[17], "current");
        assert_eq!(&row[18], "");
    }
    // The answer runs from the complaint; the later ones from the assumed
    // service of the answer on December 18.
    assert_eq!(&rows[0][6], "2026-11-27");
    assert_eq!(&rows[1][6], "2026-12-18");
    assert!(rows[1][11].contains("assumed on Friday, December 18, 2026"));
    // `--csv -` prints the same CSV.
    let mut args = SCHEDULE.to_vec();
    args.extend(["--matter", "Doe v. Roe, No. 3:26-cv-01234", "--csv", "-"]);
    assert_eq!(ok(&args), std::fs::read_to_string(&file).unwrap());
}

fn prop<'a>(c: &'a Component<'a>, name: &str) -> &'a str {
    c.find_prop(name)
        .unwrap_or_else(|| panic!("no {name} in {}", c.name.as_str()))
        .val
        .as_str()
}

fn param<'a>(c: &'a Component<'a>, name: &str, key: &str) -> Option<&'a str> {
    c.find_prop(name)?
        .params
        .iter()
        .find(|p| p.key.as_str() == key)
        .and_then(|p| p.val.as_ref())
        .map(|v| v.as_str())
}

/// RFC 5545 § 3.1: CRLF line endings, lines of at most 75 octets,
/// continuation lines starting with a space.
fn assert_rfc5545_lines(text: &str) {
    assert!(text.ends_with("\r\n"));
    assert!(!text.replace("\r\n", "").contains('\n'), "bare LF");
    assert!(!text.replace("\r\n", "").contains('\r'), "bare CR");
    let lines: Vec<&str> = text.split_terminator("\r\n").collect();
    assert_eq!(lines.first(), Some(&"BEGIN:VCALENDAR"));
    assert_eq!(lines.last(), Some(&"END:VCALENDAR"));
    for l in &lines {
        assert!(l.len() <= 75, "{} octets: {l}", l.len());
        assert!(!l.is_empty());
    }
    assert!(
        lines.iter().any(|l| l.starts_with(' ')),
        "expected folded lines"
    );
}

#[test]
fn schedule_ics_parses_back_with_an_independent_parser() {
    let dir = scratch("schedule-ics");
    let file = dir.join("doe.ics");
    let matter = "Doe v. Roe, No. 3:26-cv-01234; Dept. 5\\B";
    let mut args = SCHEDULE.to_vec();
    args.extend(["--matter", matter, "--ics", s(&file)]);
    let out = ok(&args);
    assert!(out.contains("Calendar: 3 events written to"), "{out}");
    let text = std::fs::read_to_string(&file).unwrap();
    assert_rfc5545_lines(&text);

    let unfolded = unfold(&text);
    let cal = read_calendar(&unfolded).unwrap();
    let version = cal.properties.iter().find(|p| p.name == "VERSION").unwrap();
    assert_eq!(version.val.as_str(), "2.0");
    assert!(cal.properties.iter().any(|p| p.name == "PRODID"));
    let events: Vec<&Component> = cal
        .components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .collect();
    assert_eq!(events.len(), 3);

    let book = RuleBook::bundled().unwrap();
    let schedule = book
        .court("cand")
        .unwrap()
        .schedule("frcp.complaint-served", &Trigger::on(date(2026, 11, 27)))
        .unwrap();
    // Reminders at 9:00 Pacific Standard Time (17:00 UTC), 7 and 1 court days
    // before each due date:
    // - Friday, December 18, 2026: 7 court days back are Dec. 17, 16, 15,
    //   14, 11, 10, 9 (Wednesday, December 9); 1 court day back is Thursday,
    //   December 17.
    // - Monday, January 4, 2027: Jan. 1 is New Year's Day; Dec. 31, 30, 29,
    //   28, then Christmas (Dec. 25) and the weekend, 24, 23, 22: Tuesday,
    //   December 22; 1 court day back is Thursday, December 31.
    // - Friday, January 8, 2027: Jan. 7, 6, 5, 4, then New Year's Day and the
    //   weekend, Dec. 31, 30, 29: Tuesday, December 29; 1 back: Thursday,
    //   January 7.
    let expected = [
        (
            "20261218",
            "20261219",
            ["20261209T170000Z", "20261217T170000Z"],
        ),
        (
            "20270104",
            "20270105",
            ["20261222T170000Z", "20261231T170000Z"],
        ),
        (
            "20270108",
            "20270109",
            ["20261229T170000Z", "20270107T170000Z"],
        ),
    ];
    let mut uids = Vec::new();
    for ((ev, entry), (start, end, alarms)) in events.iter().zip(&schedule.entries).zip(expected) {
        let d = &entry.deadline;
        assert_eq!(prop(ev, "DTSTART"), start);
        assert_eq!(param(ev, "DTSTART", "VALUE"), Some("DATE"));
        assert_eq!(prop(ev, "DTEND"), end);
        assert_eq!(param(ev, "DTEND", "VALUE"), Some("DATE"));
        // The summary names the matter and the deadline (escaping undone).
        assert_eq!(prop(ev, "SUMMARY"), format!("{matter}: {}", d.rule.name));
        // The description carries the whole explanation, with its citations.
        let description = prop(ev, "DESCRIPTION");
        assert!(
            description.contains(d.to_string().trim_end()),
            "{description}"
        );
        assert!(description.contains("Fed. R. Civ. P. 6(a)"));
        assert!(description.contains(&format!("Matter: {matter}")));
        assert_eq!(
            prop(ev, "LOCATION"),
            "U.S. District Court for the Northern District of California"
        );
        let stamp = prop(ev, "DTSTAMP");
        assert_eq!(stamp.len(), 16, "{stamp}");
        assert!(stamp.ends_with('Z'));
        uids.push(prop(ev, "UID").to_owned());
        let valarms: Vec<&Component> = ev
            .components
            .iter()
            .filter(|c| c.name == "VALARM")
            .collect();
        assert_eq!(valarms.len(), 2);
        for (a, when) in valarms.iter().zip(alarms) {
            assert_eq!(prop(a, "ACTION"), "DISPLAY");
            assert_eq!(prop(a, "TRIGGER"), when);
            assert_eq!(param(a, "TRIGGER", "VALUE"), Some("DATE-TIME"));
            assert!(prop(a, "DESCRIPTION").contains(&d.rule.name.to_string()));
        }
    }
    // UIDs: distinct, and stable from one export to the next.
    let mut distinct = uids.clone();
    distinct.dedup();
    assert_eq!(distinct.len(), 3);
    assert!(uids.iter().all(|u| u.ends_with("@court-deadlines")));
    let again = dir.join("again.ics");
    let mut args = SCHEDULE.to_vec();
    args.extend(["--matter", matter, "--ics", s(&again)]);
    ok(&args);
    assert_eq!(std::fs::read_to_string(&again).unwrap(), text);
    // The answer computed alone for the same matter is the same event.
    let single = ok(&[
        "compute",
        "--court",
        "cand",
        "--deadline",
        "frcp.answer",
        "--trigger",
        "2026-11-27",
        "--matter",
        matter,
        "--ics",
        "-",
    ]);
    let single_cal = unfold(&single);
    let single_cal = read_calendar(&single_cal).unwrap();
    let single_ev = single_cal
        .components
        .iter()
        .find(|c| c.name == "VEVENT")
        .unwrap();
    assert_eq!(prop(single_ev, "UID"), uids[0]);
}

#[test]
fn compute_ics_reminders_are_configurable() {
    let base = [
        "compute",
        "--court",
        "cand",
        "--deadline",
        "frcp.answer",
        "--trigger",
        "2026-11-27",
        "--matter",
        "Doe v. Roe",
        "--ics",
        "-",
    ];
    let text = ok(&base);
    assert_rfc5545_lines(&text);
    // The rule data's fingerprint changes with any rule file: not part of
    // the snapshot (the ICS tests check it separately).
    let stable: String = text
        .replace("\r\n", "\n")
        .lines()
        .map(|l| match l.strip_prefix("X-COURT-DEADLINES-RULES:") {
            Some(_) => "X-COURT-DEADLINES-RULES:<fingerprint>\n".to_owned(),
            None => format!("{l}\n"),
        })
        .collect();
    insta::assert_snapshot!("compute_answer_ics", stable);

    // 3 court days before Friday, December 18, 2026: Dec. 17, 16, 15 —
    // Tuesday, December 15; and 0: the due date itself, both at 9:00 PST.
    let mut args = base.to_vec();
    args.extend(["--remind", "3,0"]);
    let text = ok(&args);
    let unfolded = unfold(&text);
    let cal = read_calendar(&unfolded).unwrap();
    let ev = cal.components.iter().find(|c| c.name == "VEVENT").unwrap();
    let triggers: Vec<&str> = ev.components.iter().map(|a| prop(a, "TRIGGER")).collect();
    assert_eq!(triggers, ["20261215T170000Z", "20261218T170000Z"]);

    let mut args = base.to_vec();
    args.push("--no-reminders");
    let text = ok(&args);
    assert!(!text.contains("VALARM"));
    assert!(text.contains("DTSTART;VALUE=DATE:20261218\r\n"));
}

/// FNV-1a's published test vectors: the UIDs must not change between Rust
/// versions or platforms.
#[test]
fn uid_hash_is_fnv1a() {
    assert_eq!(app::export::fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
    assert_eq!(app::export::fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
    assert_eq!(app::export::fnv1a64(b"foobar"), 0x8594_4171_f739_67e8);
}

#[test]
fn ics_folding_and_escaping() {
    use app::ics::{escape_text, push_line};
    assert_eq!(escape_text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    let mut out = String::new();
    // 80 three-byte characters: folded without splitting one.
    push_line(&mut out, &format!("SUMMARY:{}", "§".repeat(80)));
    for l in out.split_terminator("\r\n") {
        assert!(l.len() <= 75);
        assert!(std::str::from_utf8(l.as_bytes()).is_ok());
    }
    assert_eq!(
        unfold(&out).trim_end(),
        format!("SUMMARY:{}", "§".repeat(80))
    );
}

// ---------------------------------------------------------------------------
// batch
// ---------------------------------------------------------------------------

const BATCH: &str = "\
matter,court,deadline,event,trigger,service
\"Doe v. Roe, No. 3:26-cv-01234\",cand,frcp.answer,,2026-11-27,
Acme v. Widget,nysd,frcp.answer-to-counterclaim,,2026-12-04,mail
Smith v. Jones,cnd,frcp.answer,,2026-11-27,
Brown v. Green,dcd,,frcp.judgment-entered,2026-11-27,
Bad Date LLC,cand,frcp.answer,,2026-11-31,
Typo Inc.,cand,frcp.answr,,2026-11-27,
Both,cand,frcp.answer,frcp.complaint-served,2026-11-27,
";

fn write_batch(name: &str, text: &str) -> PathBuf {
    let dir = scratch(name);
    let file = dir.join("matters.csv");
    std::fs::write(&file, text).unwrap();
    file
}

#[test]
fn batch_csv_computes_good_rows_and_names_bad_ones() {
    let file = write_batch("batch-csv", BATCH);
    let ics = file.with_file_name("matters.ics");
    let r = docket(&["batch", s(&file), "--ics", s(&ics)]);
    // Bad rows make the exit status non-zero, and each is named.
    assert_eq!(r.code, 1);
    // Notes for people go to the error stream (the output is data): the
    // calendar's count first, then the error.
    assert!(
        r.err.starts_with("note: Calendar: 16 events written to "),
        "{}",
        r.err
    );
    assert!(
        r.err.contains("\nerror: 4 of 7 rows could not be computed"),
        "{}",
        r.err
    );
    assert!(
        r.err.contains(
            "row 4 (matter \"Smith v. Jones\"): no court \"cnd\" (did you mean \"cand\", \"cod\" or \"ctd\"?)"
        ),
        "{}",
        r.err
    );
    assert!(
        r.err.contains(
            "row 6 (matter \"Bad Date LLC\"): bad date \"2026-11-31\": expected YYYY-MM-DD"
        ),
        "{}",
        r.err
    );
    assert!(r.err.contains("row 7 (matter \"Typo Inc.\"): no deadline \"frcp.answr\" in cand (did you mean \"frcp.answer\"?)"), "{}", r.err);
    assert!(
        r.err
            .contains("row 8 (matter \"Both\"): name a deadline or an event, not both"),
        "{}",
        r.err
    );

    let mut rdr = csv::Reader::from_reader(r.out.as_bytes());
    let header: Vec<String> = rdr.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(&header[..3], ["row", "matter", "court"]);
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = rdr.records().map(Result::unwrap).collect();
    let find = |row: &str, deadline: &str| {
        rows.iter()
            .find(|r| &r[0] == row && &r[col("deadline")] == deadline)
            .unwrap_or_else(|| panic!("no row {row} {deadline}"))
    };
    // Row 2: the answer in N.D. Cal., Friday, December 18, 2026.
    let doe = find("2", "frcp.answer");
    assert_eq!(&doe[col("matter")], "Doe v. Roe, No. 3:26-cv-01234");
    assert_eq!(&doe[col("date")], "2026-12-18");
    assert_eq!(&doe[col("error")], "");
    // Row 3: served by mail December 4, 2026 in S.D.N.Y.: day 21 is
    // Christmas, so Monday, December 28, plus 3 days (6(d)): Thursday,
    // December 31.
    let acme = find("3", "frcp.answer-to-counterclaim");
    assert_eq!(&acme[col("date")], "2026-12-31");
    assert_eq!(&acme[col("service")], "mail");
    // Row 5 names an event: every deadline after entry of judgment. A new
    // trial motion is due 28 days after Friday, November 27, 2026: Friday,
    // December 25, Christmas, so Monday, December 28; attorney's fees 14
    // days after: Friday, December 11.
    assert_eq!(
        &find("5", "frcp.new-trial-motion")[col("date")],
        "2026-12-28"
    );
    assert_eq!(
        &find("5", "frcp.attorney-fees-motion")[col("date")],
        "2026-12-11"
    );
    assert!(rows.iter().filter(|r| &r[0] == "5").count() >= 8);
    // Bad rows are in the output too, with their error.
    let bad = rows.iter().find(|r| &r[0] == "4").unwrap();
    assert_eq!(&bad[col("matter")], "Smith v. Jones");
    assert!(bad[col("error")].contains("did you mean \"cand\""));
    assert_eq!(&bad[col("date")], "");

    // The calendar holds every computed deadline, none of the bad rows.
    let text = std::fs::read_to_string(&ics).unwrap();
    assert_rfc5545_lines(&text);
    let unfolded = unfold(&text);
    let cal = read_calendar(&unfolded).unwrap();
    let n = rows.iter().filter(|r| r[col("error")].is_empty()).count();
    assert_eq!(cal.components.len(), n);
    assert!(cal.components.iter().any(|c| {
        prop(c, "SUMMARY") == "Acme v. Widget: Answer to a counterclaim or crossclaim"
            && prop(c, "DTSTART") == "20261231"
    }));
}

#[test]
fn batch_json_round_trips() {
    let file = write_batch(
        "batch-json",
        "matter,court,deadline,event,trigger,service\n\
         Acme v. Widget,nysd,frcp.answer-to-counterclaim,,2026-12-04,mail\n\
         Doe v. Roe,cand,,frcp.complaint-served,2026-11-27,\n\
         Smith v. Jones,cand,frcp.answer,,11/27/2026,\n",
    );
    let r = docket(&["batch", s(&file), "--json"]);
    assert_eq!(r.code, 1);
    assert!(
        r.err.contains(
            "row 4 (matter \"Smith v. Jones\"): bad date \"11/27/2026\": expected YYYY-MM-DD"
        ),
        "{}",
        r.err
    );
    let v: Value = serde_json::from_str(&r.out).unwrap();
    let entries = v.as_array().unwrap();
    let book = RuleBook::bundled().unwrap();
    // Row 2, as in batch_csv_computes_good_rows_and_names_bad_ones.
    let acme = &entries[0];
    assert_eq!(acme["row"], 2);
    assert_eq!(acme["matter"], "Acme v. Widget");
    assert_eq!(acme["deadline"]["date"], "2026-12-31");
    let lib = book
        .court("nysd")
        .unwrap()
        .compute(
            "frcp.answer-to-counterclaim",
            &Trigger::on(date(2026, 12, 4)).served_by("mail"),
        )
        .unwrap();
    assert_eq!(acme["deadline"], serde_json::to_value(&lib).unwrap());
    // Row 3: the schedule of schedule_lists_every_deadline_from_the_event.
    let doe: Vec<&Value> = entries.iter().filter(|e| e["row"] == 3).collect();
    let dates: Vec<&str> = doe
        .iter()
        .map(|e| e["deadline"]["date"].as_str().unwrap())
        .collect();
    assert_eq!(dates, ["2026-12-18", "2027-01-04", "2027-01-08"]);
    // Row 4: the error, as data.
    let bad = entries.iter().find(|e| e["row"] == 4).unwrap();
    assert!(
        bad["error"]
            .as_str()
            .unwrap()
            .contains("expected YYYY-MM-DD")
    );
    assert!(bad.get("deadline").is_none());
}

#[test]
fn batch_all_good_exits_zero_and_bad_headers_are_explained() {
    let file = write_batch(
        "batch-good",
        "matter,court,deadline,trigger\nDoe v. Roe,mad,frcp.answer,2026-03-30\n",
    );
    let out = ok(&["batch", s(&file)]);
    // Served Monday, March 30, 2026 in D. Mass.: day 21 is Monday, April 20,
    // Patriots' Day (M.G.L. c. 4, § 7), a state holiday that counts for a
    // period after an event (6(a)(6)(C)): Tuesday, April 21.
    assert!(out.contains(",2026-04-21,"), "{out}");

    let file = write_batch(
        "batch-header",
        "matter,court,deadline,trigger,servce\nDoe v. Roe,mad,frcp.answer,2026-03-30,\n",
    );
    let r = docket(&["batch", s(&file)]);
    assert_eq!(r.code, 1);
    // A near miss of a known column is refused: read as an extra column it
    // would silently drop the method of service.
    assert!(
        r.err
            .contains("unknown column \"servce\" in the header: did you mean \"service\"?"),
        "{}",
        r.err
    );

    // Other columns are kept and echoed; later events' dates, methods and
    // closures have columns; the court may be typed as it is cited; a file
    // saved by Excel (with a byte-order mark) reads the same.
    let file = write_batch(
        "batch-forgiving",
        "\u{feff}Matter,Court,Event,Trigger,Attorney,Actual,Served,Closed,Notes\n\
         Doe v. Roe,N.D. Cal.,frcp.complaint-served,2026-11-27,J. Smith,frcp.answer-served-by-self=2026-12-10,responsive-pleading-served=mail,,rush\n",
    );
    let out = ok(&["batch", s(&file)]);
    let header = out.lines().next().unwrap();
    assert!(header.ends_with(",error,Attorney,Notes"), "{header}");
    // Answer: 21 days after Friday, November 27, 2026 is Friday, December 18.
    assert!(out.contains(",frcp.answer,"), "{out}");
    assert!(out.contains(",2026-12-18,"), "{out}");
    // Third-party complaint without leave: 14 days after the answer actually
    // served on Thursday, December 10 (Rule 14(a)(1)): Thursday, December 24.
    assert!(out.contains(",2026-12-24,"), "{out}");
    // Amend as of course: 21 days after the responsive pleading served by
    // mail (assumed on December 18), + 3 days (Rule 6(d)): day 21 is Friday,
    // January 8, 2027, + 3 = Monday, January 11.
    assert!(out.contains(",2027-01-11,"), "{out}");
    assert!(
        out.lines().skip(1).all(|l| l.ends_with(",J. Smith,rush")),
        "{out}"
    );
    // For Excel: a byte-order mark and CRLF line ends.
    let excel = ok(&["batch", s(&file), "--excel"]);
    assert!(excel.starts_with('\u{feff}'));
    assert!(excel.contains("\r\n"));

    let r = docket(&["batch", "no-such-file.csv"]);
    assert_eq!(r.code, 1);
    assert!(
        r.err.starts_with("error: cannot read no-such-file.csv"),
        "{}",
        r.err
    );
}

// ---------------------------------------------------------------------------
// courts, deadlines, holidays, day
// ---------------------------------------------------------------------------

#[test]
fn courts_and_deadlines_list_names_and_citations() {
    let out = ok(&["courts"]);
    assert!(out.contains(
        "cand     U.S. District Court for the Northern District of California [28 U.S.C. § 84(a)]"
    ));
    let v: Value = serde_json::from_str(&ok(&["courts", "--json"])).unwrap();
    let cand = v
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "cand")
        .unwrap();
    assert_eq!(cand["citation"], "28 U.S.C. § 84(a)");
    assert_eq!(cand["time_zone"], "America/Los_Angeles");

    let out = ok(&["deadlines", "--court", "cand"]);
    assert!(out.contains("frcp.answer  21 days after frcp.complaint-served\n"));
    assert!(out.contains("Fed. R. Civ. P. 12(a)(1)(A)(i)"));
    let v: Value = serde_json::from_str(&ok(&["deadlines", "--court", "cand", "--json"])).unwrap();
    let answer = v
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == "frcp.answer")
        .unwrap();
    assert_eq!(
        answer["name"],
        "Answer (or Rule 12 motion) after service of summons and complaint"
    );
    assert!(
        answer["citation"]
            .as_str()
            .unwrap()
            .starts_with("Fed. R. Civ. P. 12(a)(1)(A)(i)")
    );
}

#[test]
fn holidays_for_a_year() {
    let out = ok(&["holidays", "--court", "cand", "--year", "2026"]);
    // 5 U.S.C. § 6103(a): Christmas, December 25, a Friday in 2026;
    // Independence Day (Saturday, July 4) observed Friday, July 3 (§ 6103(b)).
    assert!(out.contains("  2026-12-25  Friday     Christmas Day  [5 U.S.C. § 6103(a)]\n"));
    assert!(out.contains(
        "  2026-07-03  Friday     Independence Day (observed; falls on Saturday, July 4)  [5 U.S.C. § 6103(a)]\n"
    ));
    // Cal. Code Civ. Proc. § 135: the day after Thanksgiving (November 27),
    // counted only for periods after an event.
    assert!(out.contains("us-ca (counts only for periods after an event)"));
    assert!(out.contains("2026-11-27  Friday     Day after Thanksgiving Day"));
    let v: Value = serde_json::from_str(&ok(&[
        "holidays", "--court", "cand", "--year", "2026", "--json",
    ]))
    .unwrap();
    let federal = v
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["calendar"] == "us-federal")
        .unwrap();
    assert_eq!(federal["forward_only"], false);
    assert!(
        federal["holidays"]
            .as_array()
            .unwrap()
            .iter()
            .any(|h| h["date"] == "2026-12-25")
    );
}

#[test]
fn day_says_whether_the_court_is_open_and_why_not() {
    let out = ok(&["day", "--court", "cand", "2026-12-25"]);
    assert!(
        out.starts_with(
            "cand is closed on Friday, December 25, 2026:\n  Christmas Day, 5 U.S.C. § 6103(a)\n"
        ),
        "{out}"
    );
    // The day after Thanksgiving is a California holiday, not a federal one.
    let out = ok(&["day", "--court", "cand", "2026-11-27"]);
    assert!(
        out.starts_with("cand is open on Friday, November 27, 2026.\n"),
        "{out}"
    );
    assert!(out.contains("Day after Thanksgiving Day, Cal. Code Civ. Proc. § 135"));
    let out = ok(&["day", "--court", "nysd", "2026-11-30"]);
    assert!(
        out.starts_with("nysd is open on Monday, November 30, 2026.\nCalendars consulted: us-federal (+ us-ny for periods after an event)\n"),
        "{out}"
    );
    // us-ny was checked against the court system's lists only through 2024.
    assert!(
        out.contains(
            "note: us-ny was checked against official lists and orders only through 2024-12-31"
        ),
        "{out}"
    );
    // A state legal holiday on which the state's courts sit is named as such.
    let out = ok(&["day", "--court", "ilnd", "2027-03-01"]);
    assert!(
        out.starts_with("ilnd is open on Monday, March 1, 2027.\n"),
        "{out}"
    );
    assert!(
        out.contains("Casimir Pulaski's Birthday, 205 ILCS 630/17(a)"),
        "{out}"
    );
    assert!(out.contains("on which its courts stay open"), "{out}");
    // A state court: its own calendar's legal holiday on which it sits is
    // named, and the state's calendar is not reported missing (it is the
    // court's own).
    let out = ok(&["day", "--court", "fl-circuit", "2026-02-12"]);
    assert!(
        out.contains("Lincoln's Birthday, Fla. Stat. § 683.01"),
        "{out}"
    );
    assert!(!out.contains("no calendar of FL holidays"), "{out}");
    // The Virgin Islands have no bundled calendar: said.
    let out = ok(&["day", "--court", "vid", "2026-02-12"]);
    assert!(
        out.contains("no calendar of VI holidays is bundled"),
        "{out}"
    );
}

// ---------------------------------------------------------------------------
// errors for people
// ---------------------------------------------------------------------------

#[test]
fn errors_suggest_and_exit_non_zero() {
    let r = docket(&[
        "compute",
        "--court",
        "cnd",
        "--deadline",
        "frcp.answer",
        "--trigger",
        "2026-11-27",
    ]);
    assert_eq!(r.code, 1);
    assert_eq!(r.out, "");
    assert_eq!(
        r.err,
        "error: no court \"cnd\" (did you mean \"cand\", \"cod\" or \"ctd\"?)\n"
    );

    let r = docket(&[
        "compute",
        "--court",
        "cand",
        "--deadline",
        "frcp.answr",
        "--trigger",
        "2026-11-27",
    ]);
    assert_eq!(r.code, 1);
    assert_eq!(
        r.err,
        "error: no deadline \"frcp.answr\" in cand (did you mean \"frcp.answer\"?)\n"
    );

    let r = docket(&[
        "schedule",
        "--court",
        "cand",
        "--event",
        "frcp.complaint-servd",
        "--date",
        "2026-11-27",
    ]);
    assert_eq!(r.code, 1);
    assert!(
        r.err.contains("(did you mean \"frcp.complaint-served\"?)"),
        "{}",
        r.err
    );

    let r = docket(&["deadlines", "--court", "nysdd"]);
    assert_eq!(r.code, 1);
    assert!(r.err.contains("did you mean \"nysd\""), "{}", r.err);

    let r = docket(&[
        "compute",
        "--court",
        "cand",
        "--deadline",
        "frcp.answer-to-counterclaim",
        "--trigger",
        "2026-12-04",
        "--service",
        "mial",
    ]);
    assert_eq!(r.code, 1);
    assert!(r.err.contains("did you mean \"mail\""), "{}", r.err);

    let r = docket(&["compute", "--court", "cand", "--deadline", "frcp.answer"]);
    assert_eq!(r.code, 1);
    assert_eq!(r.err, "error: give the event's date with --trigger DATE\n");
}

#[test]
fn malformed_dates_say_the_expected_form() {
    let r = docket(&[
        "compute",
        "--court",
        "cand",
        "--deadline",
        "frcp.answer",
        "--trigger",
        "11/27/2026",
    ]);
    assert_eq!(r.code, 2);
    assert!(
        r.err
            .contains("invalid value '11/27/2026' for '--trigger <DATE>'"),
        "{}",
        r.err
    );
    assert!(
        r.err.contains("expected YYYY-MM-DD (e.g. 2026-11-27)"),
        "{}",
        r.err
    );

    let r = docket(&["day", "--court", "cand", "2026-02-30"]);
    assert_eq!(r.code, 2);
    assert!(
        r.err
            .contains("bad date \"2026-02-30\": expected YYYY-MM-DD (e.g. 2026-11-27) or today"),
        "{}",
        r.err
    );

    let r = docket(&[
        "schedule",
        "--court",
        "cand",
        "--event",
        "frcp.judgment-entered",
        "--date",
        "2026-11-27",
        "--as-of",
        "Dec 1",
    ]);
    assert_eq!(r.code, 2);
    assert!(r.err.contains("expected YYYY-MM-DD"), "{}", r.err);
}

#[test]
fn help_and_bad_arguments() {
    let r = docket(&["--help"]);
    assert_eq!(r.code, 0);
    for cmd in [
        "courts",
        "deadlines",
        "compute",
        "schedule",
        "holidays",
        "day",
        "batch",
    ] {
        assert!(r.out.contains(cmd), "{cmd} missing from --help");
    }
    assert!(r.out.contains("--rules-dir"));
    assert!(r.out.contains("--only-rules-dir"));
    let r = docket(&["docket-this"]);
    assert_eq!(r.code, 2);
    assert!(r.err.contains("unrecognized subcommand"), "{}", r.err);
    // A named deadline and an ad-hoc period exclude each other.
    let r = docket(&[
        "compute",
        "--court",
        "cand",
        "--deadline",
        "frcp.answer",
        "--rules",
        "frcp",
        "--period",
        "14 days",
    ]);
    assert_eq!(r.code, 2);
}

// ---------------------------------------------------------------------------
// a firm's own rules
// ---------------------------------------------------------------------------

#[test]
fn rules_dir_layers_over_the_bundled_rules() {
    let firm = root().join("examples/firm-rules");
    let out = ok(&[
        "--rules-dir",
        s(&firm),
        "compute",
        "--court",
        "cand",
        "--deadline",
        "frcp.answer",
        "--trigger",
        "2026-11-27",
    ]);
    // Day 21, Friday, December 18, 2026, is the firm's (made-up) courthouse
    // closure; the weekend follows: Monday, December 21.
    assert!(out.contains("Due: Monday, December 21, 2026\n"), "{out}");
    assert!(
        out.contains("Calendars: cand-closures, us-ca, us-federal\n"),
        "{out}"
    );
    // The firm's own deadlines, from its rule set: see firm-rules/firm.toml
    // for the count (Wednesday, December 16 and Wednesday, December 30).
    let out = ok(&[
        "--rules-dir",
        s(&firm),
        "schedule",
        "--court",
        "cand",
        "--event",
        "firm.motion-hearing",
        "--date",
        "2027-01-04",
    ]);
    assert!(
        out.contains(
            "Wed 2026-12-16  Draft opposition to the supervising partner  [firm.draft-opposition]"
        ),
        "{out}"
    );
    assert!(
        out.contains(
            "Wed 2026-12-30  Hearing binder to the arguing attorney  [firm.hearing-binder]"
        ),
        "{out}"
    );
    // The global flag goes after the subcommand too.
    // The firm's court file is a patch: the bundled court keeps its rule
    // sets and gains the firm's, and the listing says what was extended.
    let out = ok(&["courts", "--rules-dir", s(&firm)]);
    assert!(
        out.contains("rules: frcp, frcrp, cand-local, firm; calendars: us-federal, cand-closures"),
        "{out}"
    );
    assert!(
        out.starts_with(
            "Layered rules:\n  court cand (defined in rules/us/federal/courts.toml) is extended by "
        ),
        "{out}"
    );
}

#[test]
fn only_rules_dir_replaces_the_bundled_rules() {
    // The firm's folder alone is not self-contained: it patches the bundled
    // court.
    let firm = root().join("examples/firm-rules");
    let r = docket(&["--only-rules-dir", s(&firm), "courts"]);
    assert_eq!(r.code, 1);
    assert!(
        r.err
            .contains("courts.toml:6:8: court patch for \"cand\", which no earlier file defines"),
        "{}",
        r.err
    );

    // A self-contained folder: the federal calendar, the FRCP and one court.
    let dir = scratch("only-rules");
    std::fs::copy(
        root().join("rules/calendars/us-federal.toml"),
        dir.join("us-federal.toml"),
    )
    .unwrap();
    std::fs::copy(
        root().join("rules/us/federal/frcp.toml"),
        dir.join("frcp.toml"),
    )
    .unwrap();
    std::fs::write(
        dir.join("courts.toml"),
        r#"[court.dcd]
name = "U.S. District Court for the District of Columbia"
citation = "28 U.S.C. § 88"
rule_sets = ["frcp"]
calendars = ["us-federal"]
forward_only_calendars = []
state = "DC"
time_zone = "America/New_York"
filing = { electronic = "24:00" }
filing_citation = "Fed. R. Civ. P. 6(a)(4)(A)"
"#,
    )
    .unwrap();
    let out = ok(&["--only-rules-dir", s(&dir), "courts", "--json"]);
    let v: Value = serde_json::from_str(&out).unwrap();
    let ids: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["dcd"]);
    // Served Friday, November 27, 2026: day 21 is Friday, December 18.
    let out = ok(&[
        "--only-rules-dir",
        s(&dir),
        "compute",
        "--court",
        "dcd",
        "--deadline",
        "frcp.answer",
        "--trigger",
        "2026-11-27",
    ]);
    assert!(out.contains("Due: Friday, December 18, 2026\n"), "{out}");
    let r = docket(&["--only-rules-dir", s(&dir), "deadlines", "--court", "cand"]);
    assert_eq!(r.code, 1);
    assert!(r.err.starts_with("error: no court \"cand\""), "{}", r.err);
}

// ---------------------------------------------------------------------------
// the task-titled examples
// ---------------------------------------------------------------------------

/// An example's `run`.
type ExampleRun = fn(&mut dyn std::io::Write) -> Result<(), Box<dyn std::error::Error>>;

fn run_example(f: ExampleRun) -> String {
    let mut out = Vec::new();
    f(&mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn example_answer_deadline() {
    let out = run_example(answer_deadline::run);
    // S.D.N.Y., served Friday, November 27, 2026: Friday, December 18.
    assert!(
        out.contains("Court: U.S. District Court for the Southern District of New York (nysd)\n")
    );
    assert!(out.contains("Due: Friday, December 18, 2026\n"));
    // D. Mass., served Monday, March 30, 2026: day 21 is Patriots' Day
    // (Monday, April 20; third Monday of April, M.G.L. c. 4, § 7): Tuesday,
    // April 21.
    assert!(out.contains("Due: Tuesday, April 21, 2026\n"));
    assert!(out.contains("Patriots' Day"));
    // Served Monday, November 23 … Friday, November 27: each + 21 days lands
    // on a weekday between December 14 and 18 with no holiday.
    assert!(out.contains("served Mon 2026-11-23  answer due Mon 2026-12-14\n"));
    assert!(out.contains("served Fri 2026-11-27  answer due Fri 2026-12-18\n"));
    insta::assert_snapshot!("example_answer_deadline", out);
}

#[test]
fn example_hearing_schedule() {
    let out = run_example(hearing_schedule::run);
    // Hearing Monday, January 4, 2027, in N.D. Cal. Civil L.R. 7-2(a): the
    // motion is filed "not less than 35 days" before, so by Monday, November
    // 30, 2026, in place of Fed. R. Civ. P. 6(c)(1)'s 14 days (December 21).
    // L.R. 7-3(a): the opposition "not more than 14 days after the motion
    // was filed" (December 14); 7-3(c): the reply "not more than 7 days
    // after the opposition was due" (December 21). 10 court days before the
    // hearing is Thursday, December 17 (see compute_ad_hoc_periods).
    assert!(out.contains("  Mon 2026-11-30  File and serve the motion"));
    assert!(out.contains("      in place of frcp.motion-and-notice-of-hearing"));
    assert!(!out.contains("  Mon 2026-12-21  Serve a written motion"));
    assert!(out.contains("  Mon 2026-12-14  File and serve the opposition"));
    assert!(out.contains("  Mon 2026-12-21  File and serve the reply"));
    // 6(c)(2)'s opposing affidavits (December 28) stay, marked replaced.
    assert!(out.contains("In cand a local rule replaces this deadline"));
    assert!(out.contains("Due: Thursday, December 17, 2026\n"));
    assert!(out.contains("On the us-federal calendar alone: Thursday, December 17, 2026\n"));
    insta::assert_snapshot!("example_hearing_schedule", out);
}

#[test]
fn example_as_of() {
    let out = run_example(as_of::run);
    // Judgment entered Friday, November 20, 2009 (D.D.C.).
    // Before Dec. 1, 2009: 10 days, weekends and holidays left out (former
    // Rule 6(a), periods under 11 days): Nov. 23, 24, 25, (26 Thanksgiving),
    // 27, 30, Dec. 1, 2, 3, 4, 7 — Monday, December 7, 2009.
    // From Dec. 1, 2009: 28 days, every day counted: Friday, December 18.
    let then = out.find("Due: Monday, December 7, 2009\n").unwrap();
    let now = out.find("Due: Friday, December 18, 2009\n").unwrap();
    assert!(then < now);
    assert!(out.contains("Safe course: file by Monday, December 7, 2009"));
    insta::assert_snapshot!("example_as_of", out);
}

#[test]
fn example_firm_rules() {
    let out = run_example(firm_rules::run);
    assert!(out.contains("Bundled rules: answer due Friday, December 18, 2026\n"));
    assert!(out.contains("Due: Monday, December 21, 2026\n"));
    assert!(out.contains("Due: Wednesday, December 16, 2026\n"));
    assert!(
        out.contains(
            "Example examples/firm-rules/firm.toml:43: ok expected 2026-12-16, computed 2026-12-16"
        ),
        "{out}"
    );
    assert!(!out.contains("FAILED"));
}

/// The hearing example's court-day count, checked against the library's
/// calendar directly.
#[test]
fn ten_court_days_before_the_hearing_agree() {
    let book = RuleBook::bundled().unwrap();
    let hearing = date(2027, 1, 4);
    let direct = book
        .calendar("us-federal")
        .unwrap()
        .nth_court_day_before(hearing, 10)
        .unwrap();
    let engine = book
        .court("cand")
        .unwrap()
        .compute_period(
            "frcp",
            "10 court days",
            Direction::Before,
            &Trigger::on(hearing),
        )
        .unwrap();
    assert_eq!(direct, date(2026, 12, 17));
    assert_eq!(engine.date, direct);
}

// ---------------------------------------------------------------------------
// the README
// ---------------------------------------------------------------------------

/// Splits a shell line: words separated by spaces, double quotes grouping.
fn shell_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut any = false;
    for c in line.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                any = true;
            }
            ' ' if !quoted => {
                if any {
                    words.push(std::mem::take(&mut cur));
                    any = false;
                }
            }
            c => {
                cur.push(c);
                any = true;
            }
        }
    }
    if any {
        words.push(cur);
    }
    words
}

/// Compares the README's text with real output. A README line ending in
/// `[...]` stands for the line with its bracketed citation shortened; a
/// line `...` alone stands for the rest of the output.
fn assert_readme_output(cmd: &str, readme: &[&str], real: &str) {
    let real: Vec<&str> = real.lines().collect();
    for (i, want) in readme.iter().enumerate() {
        if *want == "..." {
            return;
        }
        let got = real
            .get(i)
            .unwrap_or_else(|| panic!("{cmd}: output ends before README line {want:?}"));
        match want.strip_suffix("[...]") {
            Some(prefix) => assert!(
                got.starts_with(prefix) && got.ends_with(']'),
                "{cmd}:\nREADME: {want}\nreal:   {got}"
            ),
            None => assert_eq!(got, want, "{cmd}"),
        }
    }
    assert_eq!(
        readme.len(),
        real.len(),
        "{cmd}: the README shows {} lines, the tool prints {}",
        readme.len(),
        real.len()
    );
}

/// The README's main-job command and its tour show real output: each
/// ```text block starting `$ cargo run --example docket -- …` is run.
#[test]
fn readme_commands_show_real_output() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let main_job = "cargo run --example docket -- compute --court cand --deadline frcp.answer-to-counterclaim --trigger 2026-12-04 --service mail";
    assert!(
        readme.contains(&format!("\n{main_job}\n")),
        "the main-job command is not in the README"
    );
    let mut blocks = 0;
    let mut lines = readme.lines();
    let mut after_main = false;
    while let Some(line) = lines.next() {
        if line.contains("The first command prints:") {
            after_main = true;
            continue;
        }
        if line != "```text" {
            continue;
        }
        let block: Vec<&str> = lines.by_ref().take_while(|l| *l != "```").collect();
        let (cmd, expected) = if after_main {
            after_main = false;
            (main_job.to_owned(), &block[..])
        } else if let Some(cmd) = block.first().and_then(|l| l.strip_prefix("$ ")) {
            if !cmd.starts_with("cargo run --example docket -- ") {
                continue;
            }
            (cmd.to_owned(), &block[1..])
        } else {
            continue;
        };
        let words = shell_words(&cmd);
        let args: Vec<&str> = words[5..].iter().map(String::as_str).collect();
        let r = docket(&args);
        let real = if r.code == 0 {
            r.out
        } else {
            format!("{}{}", r.out, r.err)
        };
        assert_readme_output(&cmd, expected, &real);
        blocks += 1;
    }
    assert!(blocks >= 5, "only {blocks} README blocks checked");
}

/// The README's batch template, `examples/matters.csv`.
#[test]
fn batch_template() {
    let file = root().join("examples/matters.csv");
    let out = ok(&["batch", s(&file)]);
    let mut rdr = csv::Reader::from_reader(out.as_bytes());
    let rows: Vec<csv::StringRecord> = rdr.records().map(Result::unwrap).collect();
    let date_of = |row: &str, deadline: &str| {
        rows.iter()
            .find(|r| &r[0] == row && &r[3] == deadline)
            .map(|r| r[9].to_owned())
            .unwrap_or_else(|| panic!("no row {row} {deadline}"))
    };
    // Worked out in batch_csv_computes_good_rows_and_names_bad_ones.
    assert_eq!(date_of("2", "frcp.answer"), "2026-12-18");
    assert_eq!(date_of("3", "frcp.answer-to-counterclaim"), "2026-12-31");
    assert_eq!(date_of("4", "frcp.new-trial-motion"), "2026-12-28");
    // One year after Friday, November 27, 2026 is Saturday, November 27,
    // 2027; the period runs to Monday, November 29 (Rule 60(c)(1)).
    assert_eq!(
        date_of("4", "frcp.relief-from-judgment-one-year"),
        "2027-11-29"
    );
    assert!(rows.iter().all(|r| r[14].is_empty()));
}

/// `--actual EVENT=DATE`: a later event's real date replaces the assumed one.
#[test]
fn schedule_with_an_actual_date() {
    let mut args = SCHEDULE.to_vec();
    args.extend(["--actual", "frcp.answer-served-by-self=2026-12-10"]);
    let out = ok(&args);
    // The answer actually served Thursday, December 10, 2026: a third-party
    // complaint without leave within 14 days (Fed. R. Civ. P. 14(a)(1)):
    // Thursday, December 24, 2026, a court day.
    assert!(
        out.contains("Thu 2026-12-24  File a third-party complaint without leave of court  [frcp.third-party-complaint-without-leave]\n            assumed: Defending party served its original answer on Thursday, December 10, 2026 (date given)\n"),
        "{out}"
    );
}

/// `--origin-court`: Fed. R. App. P. 26(a)(6)(C) counts the holidays of the
/// state of the district court too.
#[test]
fn compute_with_the_origin_court() {
    let base = [
        "compute",
        "--court",
        "ca4",
        "--deadline",
        "frap.notice-of-appeal-civil",
        "--trigger",
        "2025-03-21",
    ];
    // Judgment entered Friday, March 21, 2025: day 30 (Fed. R. App. P.
    // 4(a)(1)(A)) is Sunday, April 20; Monday, April 21 is a court day in
    // the Fourth Circuit.
    let out = ok(&base);
    assert!(out.contains("Due: Monday, April 21, 2025\n"), "{out}");
    // From D. Mass., April 21 is Patriots' Day (third Monday of April, M.G.L.
    // c. 4, § 7): Tuesday, April 22.
    let mut args = base.to_vec();
    args.extend(["--origin-court", "mad"]);
    let out = ok(&args);
    assert!(out.contains("Due: Tuesday, April 22, 2025\n"), "{out}");
    let r = docket(&[&args[..7], &["--origin-court", "madd"]].concat());
    assert_eq!(r.code, 1);
    assert!(r.err.contains("did you mean \"mad\""), "{}", r.err);
}

#[test]
fn provisional_combined_deadlines_are_marked_in_every_export() {
    // Cal. Rules of Court, rule 8.104(a)(1): the earliest of 60 days after
    // service of notice of entry and 180 days after entry. Without the date
    // of service the deadline is provisional: every output says so.
    let args = [
        "schedule",
        "--court",
        "ca-superior",
        "--event",
        "ca-civil.judgment-entered",
        "--date",
        "2026-03-02",
    ];
    let text = ok(&args);
    assert!(text.contains("PROVISIONAL"), "{text}");
    let mut csv_args = args.to_vec();
    csv_args.extend(["--csv", "-"]);
    let csv = ok(&csv_args);
    assert!(
        csv.contains("PROVISIONAL Notice of appeal (the earliest of the rule 8.104(a)(1) periods)"),
        "{csv}"
    );
    let mut ics_args = args.to_vec();
    ics_args.extend(["--ics", "-"]);
    let ics = ok(&ics_args);
    assert!(
        ics.contains("SUMMARY:PROVISIONAL Notice of appeal"),
        "{ics}"
    );
    let mut json_args = args.to_vec();
    json_args.push("--json");
    let v: Value = serde_json::from_str(&ok(&json_args)).unwrap();
    let entries = v["entries"].as_array().unwrap();
    assert!(entries.iter().any(|e| e["deadline"]["provisional"] == true));
    // With the date of service given, it is final.
    let mut given = args.to_vec();
    given.extend(["--actual", "notice-of-entry-served=2026-03-10", "--json"]);
    let v: Value = serde_json::from_str(&ok(&given)).unwrap();
    let appeal = v["entries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["deadline"]["rule"]["deadline"] == "notice-of-appeal-earliest")
        .unwrap();
    assert_eq!(appeal["deadline"]["provisional"], false);
}

/// A strict decoder refuses a duplicate key: every step's JSON has one
/// `date` (the replay op's own dates have names of their own).
#[test]
fn step_json_has_no_duplicate_keys() {
    #[derive(serde::Deserialize)]
    #[allow(dead_code)]
    struct StrictStep {
        kind: String,
        date: String,
        op: String,
    }
    #[derive(serde::Deserialize)]
    struct StrictDeadline {
        steps: Vec<StrictStep>,
    }
    for args in [
        &[
            "compute",
            "--court",
            "cand",
            "--deadline",
            "frcp.answer",
            "--trigger",
            "2026-11-27",
            "--json",
        ][..],
        &[
            "compute",
            "--court",
            "ca-superior",
            "--deadline",
            "ca-civil.notice-of-appeal-earliest",
            "--trigger",
            "2026-03-02",
            "--json",
        ][..],
        &[
            "compute",
            "--court",
            "fl-circuit",
            "--deadline",
            "fl-civil.summary-judgment-motion-before-hearing",
            "--trigger",
            "2024-03-18",
            "--json",
        ][..],
    ] {
        let out = ok(args);
        let d: StrictDeadline = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}\n{out}"));
        assert!(!d.steps.is_empty());
    }
}

/// The JSON the docket tool writes decodes into the library's own typed
/// results, equal to what the library computes directly: a deadline, a
/// schedule, and a calendar listing.
#[test]
fn json_outputs_round_trip_into_the_typed_results() {
    use court_deadlines::{Deadline, RuleBook, Schedule, Trigger};
    let book = RuleBook::bundled().unwrap();
    let d = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();

    let out = ok(&[
        "compute",
        "--court",
        "cand",
        "--deadline",
        "frcp.answer-to-counterclaim",
        "--trigger",
        "2026-12-04",
        "--service",
        "mail",
        "--json",
    ]);
    let decoded: Deadline = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}\n{out}"));
    let direct = book
        .court("cand")
        .unwrap()
        .compute(
            "frcp.answer-to-counterclaim",
            &Trigger::on(d("2026-12-04")).served_by("mail"),
        )
        .unwrap();
    assert_eq!(decoded, direct);

    let out = ok(&[
        "schedule",
        "--court",
        "ca-superior",
        "--event",
        "ca-civil.judgment-entered",
        "--date",
        "2026-03-02",
        "--json",
    ]);
    let decoded: Schedule = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}\n{out}"));
    let direct = book
        .court("ca-superior")
        .unwrap()
        .schedule("ca-civil.judgment-entered", &Trigger::on(d("2026-03-02")))
        .unwrap();
    assert_eq!(decoded, direct);

    // An hour period with a due instant, and a Texas deadline with readings.
    let out = ok(&[
        "compute",
        "--court",
        "tx-district",
        "--deadline",
        "tx-civil.msj-served-before-hearing",
        "--trigger",
        "2025-12-19",
        "--json",
    ]);
    let decoded: Deadline = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}\n{out}"));
    assert_eq!(decoded.safe_date, d("2025-11-26"));
    let out = ok(&[
        "compute",
        "--court",
        "dcd",
        "--rules",
        "frcp",
        "--period",
        "72 hours",
        "--after",
        "2007-11-02T10:23",
        "--json",
    ]);
    let decoded: Deadline = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}\n{out}"));
    assert!(decoded.due_at.is_some());

    // A skipped-day reason with a weekend, through the calendar API.
    let why = book
        .calendar("us-federal")
        .unwrap()
        .why_closed(d("2026-12-26"))
        .unwrap();
    let json = serde_json::to_string(&why).unwrap();
    let back: Vec<court_deadlines::Reason> =
        serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}\n{json}"));
    assert_eq!(back, why);
}

/// `events` lists the ids `schedule --event` takes, with their citations
/// and how many deadlines run from each; a local rule set's view of the
/// FRCP's events is not listed as its own.
#[test]
fn events_lists_what_schedules_start_from() {
    let out = ok(&["events", "--court", "S.D.N.Y."]);
    assert!(out.starts_with("U.S. District Court for the Southern District of New York (nysd)\n"));
    assert!(
        out.contains("frcp.complaint-served  (1 deadline)\n    Summons and complaint served"),
        "{out}"
    );
    assert!(out.contains("frcrp.judgment-entered"), "{out}");
    assert!(!out.contains("nysd-local.frcp."), "{out}");
    let v: Value = serde_json::from_str(&ok(&["events", "--court", "cand", "--json"])).unwrap();
    let hearing = v
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == "frcp.hearing")
        .unwrap();
    // From the hearing: FRCP 6(c)(1) and (c)(2), and N.D. Cal. Civil L.R.
    // 7-2(a)'s motion notice.
    assert!(hearing["deadlines"].as_u64().unwrap() >= 3, "{hearing}");
}

/// `schedule --closed` and `--inaccessible` reach every deadline; `compute
/// --csv` writes one row; `today` is the machine's date.
#[test]
fn schedule_closures_compute_csv_and_today() {
    // Served Friday, November 27, 2026: the answer's 21st day is Friday,
    // December 18; with the court closed that day it runs to Monday,
    // December 21 (Rule 6(a)(1)(C)).
    let out = ok(&[
        "schedule",
        "--court",
        "cand",
        "--event",
        "frcp.complaint-served",
        "--date",
        "2026-11-27",
        "--closed",
        "2026-12-18",
    ]);
    assert!(out.contains("Mon 2026-12-21  Answer"), "{out}");
    let csv = ok(&[
        "compute",
        "--court",
        "cand",
        "--deadline",
        "frcp.answer",
        "--trigger",
        "2026-11-27",
        "--csv",
        "-",
    ]);
    assert_eq!(csv.lines().count(), 2, "{csv}");
    assert!(csv.contains(",2026-12-18,"), "{csv}");
    let today = chrono::Local::now().date_naive().to_string();
    let json = ok(&[
        "compute",
        "--court",
        "cand",
        "--deadline",
        "frcp.answer",
        "--trigger",
        "today",
        "--json",
    ]);
    let v: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["trigger"]["date"], today.as_str());
}

/// Output with the rule data's fingerprint (which changes with any bundled
/// rule file) replaced by a placeholder, for snapshots; the audit tests
/// check the fingerprint itself.
fn stable_fingerprint(out: &str) -> String {
    let mut rest = out;
    let mut stable = String::with_capacity(out.len());
    while let Some(at) = rest.find("[rule data ") {
        let (head, tail) = rest.split_at(at + "[rule data ".len());
        stable.push_str(head);
        let hex = tail.bytes().take_while(u8::is_ascii_hexdigit).count();
        stable.push_str("<fingerprint>");
        rest = &tail[hex..];
    }
    stable.push_str(rest);
    stable
}
