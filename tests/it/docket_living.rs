//! The docket as a living record: `due`, `recheck`, and a calendar whose
//! events keep their identity when dates
//! change, updates raise SEQUENCE, deadlines no longer computed are
//! cancelled, timed deadlines are timed events, and reminders are never
//! before the trigger or silently in the past. Each export is read back by
//! python's `icalendar` (a parser independent of the writer), installed by
//! `scripts/ics-venv.sh` (run by `.ci/run`; outside CI the test is skipped
//! when the environment is missing, and says so).

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

use super::{docket, ok, s, scratch};

/// The venv's python, if `scripts/ics-venv.sh` has been run.
fn python() -> Option<PathBuf> {
    if let Ok(p) = std::env::var("COURT_DEADLINES_ICS_PYTHON") {
        return Some(PathBuf::from(p));
    }
    let target = std::env::var("CARGO_TARGET_DIR").map_or_else(
        |_| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"),
        PathBuf::from,
    );
    let p = target.join("ics-venv/bin/python");
    p.exists().then_some(p)
}

/// The file's events as python's `icalendar` reads them.
fn read_with_icalendar(py: &Path, file: &Path) -> Value {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ics/read_ics.py");
    let out = Command::new(py)
        .arg(&script)
        .arg(file)
        .output()
        .expect("python runs");
    assert!(
        out.status.success(),
        "icalendar could not read {}: {}",
        file.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON from read_ics.py")
}

fn events(cal: &Value) -> Vec<&Value> {
    cal["events"].as_array().expect("events").iter().collect()
}

fn by_summary<'a>(cal: &'a Value, part: &str) -> &'a Value {
    events(cal)
        .into_iter()
        .find(|e| e["summary"].as_str().is_some_and(|t| t.contains(part)))
        .unwrap_or_else(|| panic!("no event with {part:?} in {cal}"))
}

fn schedule(file: &Path, date: &str, time: &str) -> String {
    ok(&[
        "schedule",
        "--court",
        "cand",
        "--event",
        "frcp.complaint-served",
        "--date",
        date,
        "--matter",
        "Doe v. Roe",
        "--party",
        "Roe Corp.",
        "--ics",
        s(file),
        "--export-time",
        time,
    ])
}

#[test]
fn ics_updates_read_back_with_python_icalendar() {
    let Some(py) = python() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must run scripts/ics-venv.sh before the tests"
        );
        eprintln!("skipped: run scripts/ics-venv.sh to read calendars back with python icalendar");
        return;
    };
    let dir = scratch("ics-updates");
    let file = dir.join("doe.ics");

    // 1. Served Friday, November 27, 2026; exported November 28.
    let out = schedule(&file, "2026-11-27", "2026-11-28T10:00:00Z");
    assert!(out.contains("Calendar: 3 events written to"), "{out}");
    let first = read_with_icalendar(&py, &file);
    assert_eq!(first["version"], "2.0");
    let ev = events(&first);
    assert_eq!(ev.len(), 3);
    for e in &ev {
        assert_eq!(e["sequence"], 0);
        assert_eq!(e["status"], "CONFIRMED");
        assert_eq!(e["dtstamp"], "2026-11-28T10:00:00+00:00");
        assert_eq!(e["rules"].as_str().map(str::len), Some(32));
    }
    let answer = by_summary(&first, "Answer");
    // 21 days after Friday, November 27, 2026: Friday, December 18.
    assert_eq!(answer["dtstart"], "2026-12-18");
    assert!(answer["summary"].as_str().unwrap().contains("(Roe Corp.)"));
    let uid = answer["uid"].clone();

    // 2. The service date is corrected to Monday, November 30: the same
    //    events, updated (SEQUENCE 1), none added.
    let out = schedule(&file, "2026-11-30", "2026-11-30T09:00:00Z");
    assert!(
        out.contains("(0 new, 3 updated, 0 unchanged, 0 cancelled)"),
        "{out}"
    );
    let second = read_with_icalendar(&py, &file);
    assert_eq!(events(&second).len(), 3);
    let answer = by_summary(&second, "Answer");
    assert_eq!(answer["uid"], uid);
    assert_eq!(answer["sequence"], 1);
    assert_eq!(answer["last_modified"], "2026-11-30T09:00:00+00:00");
    // 21 days after Monday, November 30: Monday, December 21.
    assert_eq!(answer["dtstart"], "2026-12-21");

    // 3. Exported again unchanged: nothing moves, SEQUENCE stays.
    let out = schedule(&file, "2026-11-30", "2026-12-01T09:00:00Z");
    assert!(
        out.contains("(0 new, 0 updated, 3 unchanged, 0 cancelled)"),
        "{out}"
    );
    let third = read_with_icalendar(&py, &file);
    let answer = by_summary(&third, "Answer");
    assert_eq!(answer["sequence"], 1);
    assert_eq!(answer["last_modified"], "2026-11-30T09:00:00+00:00");
    assert_eq!(answer["dtstamp"], "2026-12-01T09:00:00+00:00");

    // 4. Only the answer is computed now: the other two are cancelled, and
    //    stay in the file so every subscriber sees the cancellation.
    let out = ok(&[
        "compute",
        "--court",
        "cand",
        "--deadline",
        "frcp.answer",
        "--trigger",
        "2026-11-30",
        "--matter",
        "Doe v. Roe",
        "--party",
        "Roe Corp.",
        "--ics",
        s(&file),
        "--export-time",
        "2026-12-02T09:00:00Z",
    ]);
    assert!(
        out.contains("(0 new, 0 updated, 1 unchanged, 2 cancelled)"),
        "{out}"
    );
    let fourth = read_with_icalendar(&py, &file);
    let ev = events(&fourth);
    assert_eq!(ev.len(), 3);
    let cancelled: Vec<&&Value> = ev.iter().filter(|e| e["status"] == "CANCELLED").collect();
    assert_eq!(cancelled.len(), 2);
    for e in cancelled {
        assert_eq!(e["sequence"], 2);
        assert!(e["summary"].as_str().unwrap().starts_with("CANCELLED "));
    }
    assert_eq!(by_summary(&fourth, "Answer")["status"], "CONFIRMED");
}

/// Tex. R. Civ. P. 99(b): the answer is due "on or before 10:00 a.m. on the
/// Monday next after the expiration of twenty days after the date of
/// service". Served Friday, November 27, 2026: day 20 is Thursday,
/// December 17; the Monday next after is December 21, 10:00 a.m. Central
/// (16:00 UTC). The event is timed, ending then.
#[test]
fn a_timed_deadline_is_a_timed_event() {
    let text = ok(&[
        "compute",
        "--court",
        "tx-district",
        "--deadline",
        "tx-civil.answer",
        "--trigger",
        "2026-11-27",
        "--ics",
        "-",
        "--export-time",
        "2026-11-28T10:00:00Z",
    ]);
    assert!(text.contains("DTSTART:20261221T153000Z\r\n"), "{text}");
    assert!(text.contains("DTEND:20261221T160000Z\r\n"), "{text}");
    assert!(text.contains("due 10:00 AM CST"), "{text}");
    if let Some(py) = python() {
        let dir = scratch("ics-timed");
        let file = dir.join("tx.ics");
        std::fs::write(&file, &text).unwrap();
        let cal = read_with_icalendar(&py, &file);
        let ev = events(&cal);
        assert_eq!(ev[0]["dtend"], "2026-12-21T16:00:00+00:00");
    }
}

/// Reminders already past at the export time are not written, and the
/// command says so. The answer of a complaint served November 27, 2026 is
/// due Friday, December 18; its reminders (7 and 1 court days before, at
/// 9:00 Pacific) are December 9 and 17. Exported on December 10, the first
/// is past.
#[test]
fn past_reminders_are_left_out_and_reported() {
    let r = docket(&[
        "compute",
        "--court",
        "cand",
        "--deadline",
        "frcp.answer",
        "--trigger",
        "2026-11-27",
        "--ics",
        "-",
        "--export-time",
        "2026-12-10T12:00:00Z",
    ]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(!r.out.contains("TRIGGER;VALUE=DATE-TIME:20261209T170000Z"));
    assert!(r.out.contains("TRIGGER;VALUE=DATE-TIME:20261217T170000Z"));
    // On standard output the note is in the calendar itself; written to a
    // file, the command prints it too.
    assert!(
        r.out.replace("\r\n ", "").contains(
            "X-COURT-DEADLINES-NOTE:1 reminder already past at the export time was not written"
        ),
        "{}",
        r.out
    );
    let dir = scratch("ics-past");
    let file = dir.join("a.ics");
    let out = ok(&[
        "compute",
        "--court",
        "cand",
        "--deadline",
        "frcp.answer",
        "--trigger",
        "2026-11-27",
        "--ics",
        s(&file),
        "--export-time",
        "2026-12-10T12:00:00Z",
    ]);
    assert!(
        out.contains("Calendar: 1 reminder already past at the export time was not written"),
        "{out}"
    );
}

const DOCKET: &str = "matter,court,event,deadline,trigger,party,attorney,done
Doe v. Roe,cand,frcp.complaint-served,,2026-11-27,Roe Corp.,J. Smith,
Acme v. Beta,S.D.N.Y.,frcp.complaint-served,,2026-11-02,,A. Lee,frcp.answer
Old v. New,nysd,,frcp.answer,2026-10-01,,A. Lee,
";

const EO_CALENDAR: &str = r#"[calendar]
id = "eo-test"
name = "A closure order (test)"
citation = "Exec. Order (test)"
weekend = []
valid_from = 2026-01-01
verified_through = 2026-12-31

[[closure]]
date = 2026-12-18
name = "Executive departments closed (test order)"
kind = "executive-order"
citation = "Exec. Order (test), Dec. 2026"
"#;

const EO_PATCH: &str = "[court.cand]\nextends = true\nadd_calendars = [\"eo-test\"]\n";

/// `due` lists every matter's deadlines in a window, sorted, with PAST DUE,
/// DUE TODAY and done. Doe v. Roe (served Friday, November 27, 2026):
/// answer Friday, December 18. Acme v. Beta (served Monday, November 2):
/// answer Monday, November 23 (marked done); third-party complaint 14 days
/// after the answer: Monday, December 7; amend as of course 21 days after
/// it: Monday, December 14. Old v. New (served Thursday, October 1): answer
/// Thursday, October 22, before the window.
#[test]
fn due_lists_the_window_with_flags() {
    let dir = scratch("due");
    let file = dir.join("docket.csv");
    std::fs::write(&file, DOCKET).unwrap();
    let out = ok(&[
        "due",
        s(&file),
        "--today",
        "2026-12-07",
        "--from",
        "2026-11-20",
        "--to",
        "2026-12-31",
    ]);
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines[0].starts_with("Due Friday, November 20, 2026 to Thursday, December 31, 2026 (today is Monday, December 7, 2026)"), "{out}");
    assert!(
        lines[1].starts_with("Mon 2026-11-23  done       Acme v. Beta: Answer"),
        "{out}"
    );
    assert!(
        lines[2]
            .starts_with("Mon 2026-12-07  DUE TODAY  Acme v. Beta: File a third-party complaint"),
        "{out}"
    );
    assert!(
        lines[3].starts_with("Mon 2026-12-14             Acme v. Beta: Amend once"),
        "{out}"
    );
    assert!(
        lines[4].starts_with("Fri 2026-12-18             Doe v. Roe (Roe Corp.): Answer"),
        "{out}"
    );
    assert!(!out.contains("Old v. New"), "{out}");
    // A later "today": the Doe answer is past due.
    let out = ok(&[
        "due",
        s(&file),
        "--today",
        "2026-12-21",
        "--from",
        "2026-12-01",
        "--to",
        "2026-12-31",
    ]);
    assert!(
        out.contains("Fri 2026-12-18  PAST DUE   Doe v. Roe"),
        "{out}"
    );
    let v: Value = serde_json::from_str(&ok(&[
        "due",
        s(&file),
        "--today",
        "2026-12-21",
        "--from",
        "2026-12-01",
        "--to",
        "2026-12-31",
        "--json",
    ]))
    .unwrap();
    assert!(
        v["due"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["status"] == "PAST DUE")
    );
}

/// `recheck --against-rules DIR`: the report a firm needs the day an order
/// closes the government. With a closure on Friday, December 18, 2026 in
/// N.D. Cal., Doe v. Roe's answer (21st day, December 18) rolls to Monday,
/// December 21 (Rule 6(a)(1)(C)), and the step that changed is the roll;
/// the S.D.N.Y. matters do not move. `recheck --previous` then reports what
/// moved since a saved run.
#[test]
fn recheck_reports_what_a_rules_change_moves_and_why() {
    let dir = scratch("recheck");
    let file = dir.join("docket.csv");
    std::fs::write(&file, DOCKET).unwrap();
    let rules = dir.join("eo");
    std::fs::create_dir_all(&rules).unwrap();
    std::fs::write(rules.join("eo-test.toml"), EO_CALENDAR).unwrap();
    std::fs::write(rules.join("courts.toml"), EO_PATCH).unwrap();
    let out = ok(&["recheck", s(&file), "--against-rules", s(&rules)]);
    assert!(
        out.contains("court cand (defined in rules/us/federal/courts.toml) is extended by"),
        "{out}"
    );
    assert!(out.contains("Doe v. Roe (Roe Corp.) — Answer"), "{out}");
    assert!(
        out.contains("date: Friday, December 18, 2026 → Monday, December 21, 2026"),
        "{out}"
    );
    assert!(
        out.contains("step 3 now: Roll: Friday, December 18, 2026 is not a court day"),
        "{out}"
    );
    assert!(
        out.contains("skips Friday, December 18, 2026: Executive departments closed (test order)"),
        "{out}"
    );
    assert!(!out.contains("Acme v. Beta —"), "{out}");

    // Save this run, correct the service date, and recheck against it:
    // served Monday, November 30 instead, the answer is due Monday,
    // December 21.
    let saved = dir.join("run.json");
    std::fs::write(
        &saved,
        ok(&["recheck", s(&file), "--against-rules", s(&rules), "--json"]),
    )
    .unwrap();
    std::fs::write(&file, DOCKET.replace("2026-11-27", "2026-11-30")).unwrap();
    let out = ok(&["recheck", s(&file), "--previous", s(&saved)]);
    assert!(
        out.contains("date: Friday, December 18, 2026 → Monday, December 21, 2026"),
        "{out}"
    );
    assert!(
        out.contains("trigger: Friday, November 27, 2026 → Monday, November 30, 2026"),
        "{out}"
    );
    let r = docket(&[
        "recheck",
        s(&file),
        "--previous",
        s(&saved),
        "--against-rules",
        s(&rules),
    ]);
    assert_eq!(r.code, 1);
    assert!(r.err.contains("not both"), "{}", r.err);
    // Without either, a baseline: everything unchanged.
    let out = ok(&["recheck", s(&file)]);
    assert!(out.contains("a baseline"), "{out}");
    assert!(out.contains(": 0 moved,"), "{out}");
}

/// Renders `path` in headless Chromium to a PNG screenshot; `None` when
/// Chromium is not installed (outside CI; `scripts/chromium.sh` installs
/// it).
fn screenshot(path: &Path, png: &Path) -> Option<Vec<u8>> {
    let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .into_iter()
        .map(Path::new)
        .find(|p| p.exists())?;
    let profile = png.with_extension("profile");
    let _ = std::fs::remove_dir_all(&profile);
    let status = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--window-size=1000,1400",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--screenshot={}", png.display()))
        .arg(format!("file://{}", path.display()))
        .output()
        .expect("chromium runs");
    assert!(
        png.exists(),
        "chromium wrote no screenshot: {}",
        String::from_utf8_lossy(&status.stderr)
    );
    Some(std::fs::read(png).unwrap())
}

/// The share of pixels that are not (near) white.
fn inked(png_bytes: &[u8]) -> f64 {
    let decoder = png::Decoder::new(std::io::Cursor::new(png_bytes));
    let mut reader = decoder.read_info().expect("a PNG");
    let mut buf = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut buf).expect("a frame");
    let px = info.color_type.samples();
    let data = &buf[..info.buffer_size()];
    let total = data.len() / px;
    let dark = data
        .chunks(px)
        .filter(|p| p.iter().take(3).any(|c| *c < 200))
        .count();
    dark as f64 / total as f64
}

/// `--html` writes one self-contained, printable page: no scripts, no
/// external assets, everything escaped, the timeline, each deadline's
/// explanation and its warnings set apart; headless Chromium renders it to
/// a non-blank page.
#[test]
fn the_html_report_is_self_contained_and_renders() {
    let dir = scratch("html");
    let file = dir.join("docket.csv");
    std::fs::write(
        &file,
        format!("{DOCKET}<b>Evil & Co</b>,cand,,frcp.answer,2026-11-30,,,\n"),
    )
    .unwrap();
    let html = dir.join("due.html");
    let out = ok(&[
        "due",
        s(&file),
        "--today",
        "2026-12-21",
        "--from",
        "2026-11-20",
        "--to",
        "2026-12-31",
        "--html",
        s(&html),
        "--export-time",
        "2026-12-21T09:00:00Z",
    ]);
    assert!(out.contains("Report: 5 deadlines written to"), "{out}");
    let text = std::fs::read_to_string(&html).unwrap();
    assert!(text.starts_with("<!DOCTYPE html>"));
    for banned in [
        "<script",
        " src=",
        "<link",
        "href=\"http",
        "@import",
        "url(",
    ] {
        assert!(!text.contains(banned), "{banned} in the report");
    }
    assert!(text.contains("&lt;b&gt;Evil &amp; Co&lt;/b&gt;"));
    assert!(!text.contains("<b>Evil"));
    assert!(text.contains("<h2>Timeline</h2>"));
    assert!(text.contains("<tr class=\"month\"><td colspan=\"5\">December 2026</td></tr>"));
    assert!(
        text.contains("class=\"status PAST\">PAST DUE<"),
        "PAST DUE flagged"
    );
    assert!(text.contains("<h2>Warnings</h2>"));
    assert!(text.contains("<h2>Deadlines explained</h2>"));
    assert!(text.contains("Fed. R. Civ. P. 12(a)(1)(A)(i)"));
    assert!(text.contains("Computed 2026-12-21 09:00 UTC by court-deadlines"));
    assert!(text.contains("@media print"));
    let png = dir.join("due.png");
    match screenshot(&html, &png) {
        Some(bytes) => {
            let ink = inked(&bytes);
            assert!(ink > 0.01, "the rendered page is blank ({ink:.4} inked)");
        }
        None => {
            assert!(
                std::env::var_os("CI").is_none(),
                "CI must run scripts/chromium.sh before the tests"
            );
            eprintln!("skipped the rendering: run scripts/chromium.sh to render the report");
        }
    }
}

/// Two rule folders: the current rules against another complete set
/// (`--against-only-rules`). A D.D.C. answer served Friday, March 26, 2027
/// is due on day 21, Friday, April 16, which is D.C. Emancipation Day (D.C.
/// Code § 28-2701), a holiday of the district's "state" (Fed. R. Civ. P.
/// 6(a)(6)(C), 81(d)(2)): Monday, April 19 under the bundled rules. A
/// folder whose D.D.C. counts no D.C. holidays gives Friday, April 16.
#[test]
fn recheck_compares_two_rule_folders() {
    let dir = scratch("recheck-two");
    let file = dir.join("docket.csv");
    std::fs::write(
        &file,
        "matter,court,deadline,trigger\nRoe v. District,dcd,frcp.answer,2027-03-26\n",
    )
    .unwrap();
    let other = dir.join("other");
    std::fs::create_dir_all(&other).unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::copy(
        root.join("rules/calendars/us-federal.toml"),
        other.join("us-federal.toml"),
    )
    .unwrap();
    std::fs::copy(
        root.join("rules/us/federal/frcp.toml"),
        other.join("frcp.toml"),
    )
    .unwrap();
    std::fs::write(
        other.join("courts.toml"),
        "[court.dcd]\nname = \"U.S. District Court for the District of Columbia\"\nrule_sets = [\"frcp\"]\ncalendars = [\"us-federal\"]\ntime_zone = \"America/New_York\"\n",
    )
    .unwrap();
    let out = ok(&["recheck", s(&file), "--against-only-rules", s(&other)]);
    assert!(out.contains("1 moved"), "{out}");
    assert!(
        out.contains("date: Monday, April 19, 2027 → Friday, April 16, 2027"),
        "{out}"
    );
}

/// The firm's calendar against the rules: a `docketed` column
/// (DEADLINE=DATE;...) is checked on every recheck. Acme v. Beta (served
/// Monday, November 2, 2026): the answer is due Monday, November 23 (21
/// days), not the docketed Tuesday, November 24. Doe v. Roe's docketed
/// answer, Friday, December 18, is right and not reported.
#[test]
fn recheck_reports_docketed_dates_that_differ() {
    let dir = scratch("recheck-docketed");
    let file = dir.join("docket.csv");
    std::fs::write(
        &file,
        "matter,court,event,trigger,docketed\n\
         Doe v. Roe,cand,frcp.complaint-served,2026-11-27,frcp.answer=2026-12-18\n\
         Acme v. Beta,nysd,frcp.complaint-served,2026-11-02,answer=2026-11-24\n",
    )
    .unwrap();
    let out = ok(&["recheck", s(&file)]);
    assert!(
        out.contains("Docketed dates that differ from the computation: 1"),
        "{out}"
    );
    assert!(
        out.contains("Acme v. Beta — Answer (or Rule 12 motion) after service of summons and complaint [frcp.answer] in nysd: docketed Tuesday, November 24, 2026, computed Monday, November 23, 2026"),
        "{out}"
    );
    assert!(out.contains("  last step: Count 21 days after"), "{out}");
    assert!(!out.contains("Doe v. Roe — Answer"), "{out}");
    let v: Value = serde_json::from_str(&ok(&["recheck", s(&file), "--json"])).unwrap();
    assert_eq!(v["docketed_differ"][0]["computed"], "2026-11-23");
    // A docketed id that is not among the row's deadlines is an error.
    std::fs::write(
        &file,
        "matter,court,deadline,trigger,docketed\nX,cand,frcp.answer,2026-11-27,frcp.reply=2026-12-01\n",
    )
    .unwrap();
    let r = docket(&["recheck", s(&file)]);
    assert_eq!(r.code, 1);
    assert!(
        r.err
            .contains("docketed \"frcp.reply\" is not among the row's deadlines"),
        "{}",
        r.err
    );
}
