//! The public API as an adopter uses it in a service: owned handles that
//! outlive the borrow they came from and cross threads; errors that cost
//! nothing until shown.

use std::sync::Arc;
use std::thread;

use chrono::NaiveDate;
use court_deadlines::{Court, DeadlineRef, ErrorKind, RuleBook, Trigger};

fn d(s: &str) -> NaiveDate {
    s.parse().expect("a test date")
}

fn assert_send_sync<T: Send + Sync + 'static>() {}

#[test]
fn handles_are_owned_send_and_sync() {
    assert_send_sync::<RuleBook>();
    assert_send_sync::<Court>();
    assert_send_sync::<DeadlineRef>();
    assert_send_sync::<court_deadlines::Error>();
}

/// A handle resolved once is kept beside the book in server state, and
/// outlives the temporary it came from.
struct AppState {
    answer: DeadlineRef,
    court: Court,
}

fn state() -> AppState {
    let book = RuleBook::bundled().expect("bundled rules load");
    let court = book.court("nysd").expect("nysd");
    let answer = court.deadline("frcp.answer").expect("frcp.answer");
    // `book` is dropped here; the handles keep the rules alive.
    AppState { answer, court }
}

#[test]
fn handles_outlive_the_book_value_and_cross_threads() {
    let state = Arc::new(state());
    // Fed. R. Civ. P. 12(a)(1)(A)(i): 21 days after service. Served Friday,
    // November 27, 2026: day 21 is Friday, December 18, 2026.
    let workers: Vec<_> = (0..4)
        .map(|_| {
            let state = Arc::clone(&state);
            thread::spawn(move || {
                let t = Trigger::on(d("2026-11-27"));
                (
                    state.answer.due_date(&t).ok(),
                    state.court.compute("frcp.answer", &t).ok().map(|x| x.date),
                )
            })
        })
        .collect();
    for w in workers {
        let (a, b) = w.join().expect("worker");
        assert_eq!(a, Some(d("2026-12-18")));
        assert_eq!(b, Some(d("2026-12-18")));
    }
}

#[test]
fn swapping_the_book_leaves_old_handles_answering() {
    let book = RuleBook::bundled().expect("bundled rules load");
    let old = book.court("cand").expect("cand");
    // A new book replaces the old one (say, after a rules update).
    let book = RuleBook::from_toml_str(
        "firm.toml",
        "[calendar]\nid = \"firm\"\nname = \"Firm\"\ncitation = \"memo\"\nweekend = [\"saturday\", \"sunday\"]\nvalid_from = 2026-01-01\nverified_through = 2026-12-31\n",
    )
    .expect("a calendar-only book");
    assert_eq!(
        book.court("cand").map(|_| ()).unwrap_err().kind(),
        ErrorKind::NotFound
    );
    let due = old
        .compute("frcp.answer", &Trigger::on(d("2026-11-27")))
        .expect("the old handle still computes");
    assert_eq!(due.date, d("2026-12-18"));
}

#[test]
fn unknown_ids_suggest_only_when_shown() {
    let book = RuleBook::bundled().expect("bundled rules load");
    let e = book.court("cnad").map(|_| ()).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::NotFound);
    // The message alone names the id; the suggestion is computed on demand
    // and included when the error is displayed.
    assert_eq!(e.message(), "no court \"cnad\"");
    assert_eq!(e.suggestion().as_deref(), Some("did you mean \"cand\"?"));
    assert_eq!(e.to_string(), "no court \"cnad\" (did you mean \"cand\"?)");

    let court = book.court("cand").expect("cand");
    let e = court.deadline("frcp.anwser").map(|_| ()).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::NotFound);
    assert!(
        e.to_string().contains("did you mean \"frcp.answer\"?"),
        "{e}"
    );
    let e = court
        .schedule("frcp.complaint-servd", &Trigger::on(d("2026-03-02")))
        .map(|_| ())
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::NotFound);
    assert!(e.to_string().contains("frcp.complaint-served"), "{e}");
    let e = book.rule_set("frpc").map(|_| ()).unwrap_err();
    assert!(e.to_string().contains("did you mean \"frcp\"?"), "{e}");
    let e = book.calendar("us-fedral").map(|_| ()).unwrap_err();
    assert!(
        e.to_string().contains("did you mean \"us-federal\"?"),
        "{e}"
    );
}

#[test]
fn typed_inputs_match_their_text() {
    use court_deadlines::{Direction, Period, ServiceMethod, Unit};
    let book = RuleBook::bundled().expect("bundled rules load");
    let court = book.court("dcd").expect("dcd");
    // Fed. R. Civ. P. 6 committee note (2009): a 10-day period after an
    // event on August 22, 2007 whose tenth day is Saturday, September 1,
    // runs to Tuesday, September 4 (Monday was Labor Day).
    let t = Trigger::on(d("2007-08-22")).as_of(d("2009-12-01"));
    let typed = court
        .compute_period(
            "frcp",
            Period {
                amount: 10,
                unit: Unit::Day,
            },
            Direction::After,
            &t,
        )
        .expect("typed period");
    let text = court
        .compute_period("frcp", "10 days", Direction::After, &t)
        .expect("period text");
    assert_eq!(typed.date, d("2007-09-04"));
    assert_eq!(typed, text);
    // A typed method and its id are the same trigger.
    assert_eq!(
        Trigger::on(d("2026-11-27")).served_by(ServiceMethod::MailOutOfState),
        Trigger::on(d("2026-11-27")).served_by("mail-out-of-state")
    );
    assert_eq!(
        "mail".parse::<ServiceMethod>().ok(),
        Some(ServiceMethod::Mail)
    );
    assert!("email".parse::<ServiceMethod>().is_err());
}

/// Bundled rule sets, calendars and courts' merged calendar sets are parsed
/// or compiled on first use (a caller's files are checked when loaded):
/// every one of them must work, or the first query would be the first to
/// know.
#[test]
fn every_bundled_table_compiles() {
    let book = RuleBook::bundled().expect("bundled rules load");
    // Bundled rule sets are parsed on first use: every one must parse.
    let ids: Vec<String> = book.rule_set_ids().map(str::to_owned).collect();
    assert!(ids.len() >= 20, "{ids:?}");
    for id in &ids {
        assert!(
            book.rule_set(id).is_ok(),
            "{id}: {:?}",
            book.rule_set(id).err()
        );
    }
    for cal in book.calendars() {
        assert!(cal.table_bytes() > 0, "{} does not compile", cal.id());
        assert!(cal.is_court_day(d("2026-12-07")).is_ok(), "{}", cal.id());
    }
    for court in book.courts() {
        for when in [
            court_deadlines::Direction::After,
            court_deadlines::Direction::Before,
        ] {
            let rs = court.rule_set_ids()[0].clone();
            let due = court.compute_period(&rs, "30 days", when, &Trigger::on(d("2026-12-07")));
            assert!(due.is_ok(), "{}: {:?}", court.id(), due.err());
        }
    }
}
