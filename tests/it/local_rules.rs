//! Local rules and the road to the court of appeals: rule sets that
//! supplement the FRCP (`supplements = "frcp"`), deadlines that displace
//! its defaults, warnings where local rules are not bundled, court patches
//! (`extends = true`) and what layers replaced, and the notice of appeal in
//! the district court's schedule.
//!
//! The dates below are derived from the rules' texts (each derivation is
//! written out); the districts' own worked examples, from orders and
//! opinions, are in `tests/cases/deadlines/<court>_local.toml`.

use chrono::NaiveDate;
use court_deadlines::{ChangeKind, Direction, RuleBook, Trigger, WarningCode};

use crate::common::book;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a valid date")
}

/// The districts whose local rules are bundled.
const LOCAL: [&str; 15] = [
    "nysd", "nyed", "cacd", "cand", "casd", "txsd", "txnd", "flsd", "flmd", "ilnd", "njd", "paed",
    "dcd", "ded", "mad",
];

#[test]
fn each_bundled_local_rule_set_supplements_the_frcp_in_its_own_court() {
    for id in LOCAL {
        let local = format!("{id}-local");
        let court = book().court(id).expect("bundled");
        assert!(
            court.rule_set_ids().contains(&local),
            "{id} does not use {local}"
        );
        let rs = book().rule_set(&local).expect("bundled");
        assert_eq!(rs.supplements(), Some("frcp"), "{local}");
        // It is counted under the FRCP's convention and service rules: the
        // Rule 6(d) methods are inherited, not restated.
        assert!(rs.service_methods().any(|m| m == "mail"), "{local}");
    }
    // No other court uses a district's local rules.
    for c in book().courts() {
        for rs in c.rule_set_ids() {
            if let Some(d) = rs.strip_suffix("-local") {
                assert_eq!(d, c.id(), "{} uses {rs}", c.id());
            }
        }
    }
}

/// A local deadline is counted exactly as the supplemented rule set counts
/// the same period: N.D. Cal. Civil L.R. 7-2(a)'s 35 days before the
/// hearing, and Fed. R. Civ. P. 6(a) applied to "35 days" directly.
#[test]
fn a_local_period_counts_as_the_frcp_counts_it() {
    let cand = book().court("cand").expect("bundled");
    let local = cand.deadline("cand-local.motion-notice").expect("bundled");
    let mut d = date(2026, 1, 5);
    for _ in 0..400 {
        let t = Trigger::on(d);
        let via_frcp = cand
            .compute_period("frcp", "35 days", Direction::Before, &t)
            .expect("computes");
        assert_eq!(local.due_date(&t).expect("computes"), via_frcp.date, "{d}");
        d = d.succ_opt().expect("in range");
    }
}

/// Hearing Thursday, January 14, 2027 in N.D. Cal. Civil L.R. 7-2(a): the
/// motion is filed "not less than 35 days" before: Thursday, December 10,
/// 2026 (a court day). Fed. R. Civ. P. 6(c)(1)'s 14 days (Thursday,
/// December 31) is the default it replaces: the schedule leaves it out.
#[test]
fn the_schedule_shows_the_local_deadline_in_place_of_the_default() {
    let cand = book().court("cand").expect("bundled");
    let s = cand
        .schedule("frcp.hearing", &Trigger::on(date(2027, 1, 14)))
        .expect("computes");
    let ids: Vec<String> = s
        .entries
        .iter()
        .map(|e| {
            format!(
                "{}.{}",
                e.deadline.rule.rule_set,
                e.deadline.rule.deadline.as_deref().unwrap_or("")
            )
        })
        .collect();
    assert!(
        !ids.contains(&"frcp.motion-and-notice-of-hearing".to_owned()),
        "{ids:?}"
    );
    let local = s
        .entries
        .iter()
        .find(|e| e.deadline.rule.deadline.as_deref() == Some("motion-notice"))
        .expect("the local deadline is scheduled");
    assert_eq!(local.deadline.date, date(2026, 12, 10));
    let replaced = &local.deadline.rule.displaces;
    assert_eq!(replaced.len(), 1);
    assert_eq!(replaced[0].deadline, "frcp.motion-and-notice-of-hearing");
    assert!(replaced[0].citation.starts_with("Fed. R. Civ. P. 6(c)(1)"));
    let text = local.deadline.to_string();
    assert!(
        text.contains("In this court it replaces: Serve a written motion and notice of the hearing (frcp.motion-and-notice-of-hearing)"),
        "{text}"
    );
}

#[test]
fn computing_a_displaced_default_names_the_local_rule() {
    let cand = book().court("cand").expect("bundled");
    let t = Trigger::on(date(2027, 1, 14));
    let d = cand
        .compute("frcp.motion-and-notice-of-hearing", &t)
        .expect("computes");
    // The default's own date (14 days before: Thursday, December 31, 2026)
    // is still given, with the warning.
    assert_eq!(d.date, date(2026, 12, 31));
    let w = d
        .warnings
        .iter()
        .find(|w| w.code == WarningCode::DisplacedByLocalRule)
        .expect("a displaced-by-local-rule warning");
    assert!(
        w.message.contains("cand-local.motion-notice"),
        "{}",
        w.message
    );
    assert!(
        !d.warnings
            .iter()
            .any(|w| w.code == WarningCode::LocalRulesNotBundled)
    );
    let dref = cand
        .deadline("frcp.motion-and-notice-of-hearing")
        .expect("bundled");
    assert_eq!(
        dref.displaced_by(date(2027, 1, 14)).as_deref(),
        Some("cand-local.motion-notice")
    );
}

#[test]
fn motion_practice_warns_where_no_local_rules_are_bundled() {
    let t = Trigger::on(date(2027, 1, 14));
    let alnd = book().court("alnd").expect("bundled");
    for id in [
        "frcp.motion-and-notice-of-hearing",
        "frcp.opposing-affidavits",
    ] {
        let d = alnd.compute(id, &t).expect("computes");
        let w = d
            .warnings
            .iter()
            .find(|w| w.code == WarningCode::LocalRulesNotBundled)
            .unwrap_or_else(|| panic!("{id}: no local-rules warning"));
        assert!(
            w.message
                .contains("Northern District of Alabama's local rules")
                || w.message.contains("Northern District of Alabama"),
            "{}",
            w.message
        );
    }
    // Deadlines local rules do not commonly change carry no such warning.
    let answer = alnd
        .compute("frcp.answer", &Trigger::on(date(2026, 3, 2)))
        .expect("computes");
    assert!(
        !answer
            .warnings
            .iter()
            .any(|w| w.code == WarningCode::LocalRulesNotBundled)
    );
    // Nor does a court whose local rules are bundled.
    let cacd = book().court("cacd").expect("bundled");
    let sj = cacd
        .compute(
            "frcp.summary-judgment-motion",
            &Trigger::on(date(2026, 3, 2)),
        )
        .expect("computes");
    assert!(
        !sj.warnings
            .iter()
            .any(|w| w.code == WarningCode::LocalRulesNotBundled)
    );
}

/// Dietrich v. John Ascuaga's Nugget (9th Cir. 2008) (reporter citation
/// RECALLED as 548 F.3d 892, n.3), as described by the California Appellate
/// Report blog (calapp.blogspot.com, Dec. 2008): the judgment "became final
/// ... on September 27, 2006, and the notice of appeal was filed on Monday,
/// October 30, 2006"; the thirty days "would appear to have ended on Friday,
/// October 27, 2006", Nevada Day, a holiday of the district court's state
/// under Fed. R. App. P. 26(a). The notice is filed in the district court
/// (Fed. R. App. P. 3(a)(1)): the D. Nev. schedule from the judgment shows
/// it, counted as the Ninth Circuit counts it.
#[test]
fn the_notice_of_appeal_is_in_the_district_courts_schedule() {
    let nvd = book().court("nvd").expect("bundled");
    assert_eq!(nvd.appeals_to(), Some("ca9"));
    let s = nvd
        .schedule("frcp.judgment-entered", &Trigger::on(date(2006, 9, 27)))
        .expect("computes");
    let notice = s
        .entries
        .iter()
        .find(|e| {
            &*e.deadline.rule.rule_set == "frap"
                && e.deadline.rule.deadline.as_deref() == Some("notice-of-appeal-civil")
        })
        .expect("the notice of appeal is scheduled");
    assert_eq!(notice.deadline.date, date(2006, 10, 30));
    assert_eq!(&*notice.deadline.court, "ca9");
    assert_eq!(notice.deadline.trigger.origin_court.as_deref(), Some("nvd"));
    // Only papers filed in the district court come along: no appellate
    // briefs, no petition for rehearing.
    assert!(s.entries.iter().all(|e| {
        &*e.deadline.rule.rule_set != "frap"
            || !e
                .deadline
                .rule
                .deadline
                .as_deref()
                .is_some_and(|d| d.contains("brief") || d.contains("rehearing"))
    }));
}

/// Fed. R. App. P. 4(b)(1)(A): a defendant's notice of appeal "must be
/// filed in the district court within 14 days after ... the entry of
/// either the judgment or the order being appealed". Entered Monday,
/// March 2, 2026: Monday, March 16 (no holiday between).
#[test]
fn a_criminal_judgment_schedule_includes_the_defendants_notice() {
    let mad = book().court("mad").expect("bundled");
    let s = mad
        .schedule("frcrp.judgment-entered", &Trigger::on(date(2026, 3, 2)))
        .expect("computes");
    let notice = s
        .entries
        .iter()
        .find(|e| e.deadline.rule.deadline.as_deref() == Some("notice-of-appeal-criminal"))
        .expect("scheduled");
    assert_eq!(notice.deadline.date, date(2026, 3, 16));
    assert_eq!(&*notice.deadline.court, "ca1");
}

/// Fed. R. App. P. 4(a)(4)(A): a timely Rule 50(b), 52(b) or 59 motion
/// suspends the time to appeal; the schedule marks them.
#[test]
fn post_judgment_motions_are_marked_as_suspending_the_appeal() {
    let s = book()
        .court("cand")
        .expect("bundled")
        .schedule("frcp.judgment-entered", &Trigger::on(date(2026, 3, 2)))
        .expect("computes");
    for id in [
        "renewed-jmol",
        "amended-findings",
        "new-trial-motion",
        "alter-or-amend-judgment",
    ] {
        let e = s
            .entries
            .iter()
            .find(|e| e.deadline.rule.deadline.as_deref() == Some(id))
            .unwrap_or_else(|| panic!("{id} scheduled"));
        let t = e.deadline.rule.tolls.as_ref().expect("marked");
        assert_eq!(&*t.deadline, "frap.notice-of-appeal-civil");
        assert!(
            t.citation.starts_with("Fed. R. App. P. 4(a)(4)(A)"),
            "{}",
            t.citation
        );
    }
    // A Rule 54(d) fees motion suspends it only by order (4(a)(4)(A)(iii)).
    let fees = s
        .entries
        .iter()
        .find(|e| e.deadline.rule.deadline.as_deref() == Some("attorney-fees-motion"))
        .expect("scheduled");
    assert!(fees.deadline.rule.tolls.is_none());
}

const JUDGE: &str = r#"
[rule_set]
id = "judge-x"
name = "Judge X's standing order for civil cases"
citation = "Standing Order for Civil Cases (Judge X)"
valid_from = 2020-01-01
supplements = "frcp"

[deadline.joint-statement]
name = "Joint statement before a motion hearing"
citation = "Standing Order para. 3: 'no later than 10 days before the hearing'"
from = "frcp.hearing"
period = "10 days"
direction = "before"
"#;

const PATCH: &str = r#"
[court.cand]
extends = true
add_rule_sets = ["judge-x"]
note = "Cases before Judge X."
"#;

#[test]
fn a_court_patch_adds_a_judges_rules_without_restating_the_court() {
    let book = RuleBook::builder()
        .bundled()
        .toml_str("firm/judge-x.toml", JUDGE)
        .toml_str("firm/courts.toml", PATCH)
        .build()
        .expect("loads");
    let cand = book.court("cand").expect("bundled");
    assert_eq!(
        cand.rule_set_ids(),
        ["frcp", "frcrp", "cand-local", "judge-x"]
    );
    assert_eq!(
        cand.appeals_to(),
        Some("ca9"),
        "the rest of the court stays"
    );
    assert!(
        cand.note()
            .is_some_and(|n| n.ends_with("Cases before Judge X."))
    );
    // Hearing Thursday, January 14, 2027: 10 days before is Monday,
    // January 4, 2027.
    let s = cand
        .schedule("frcp.hearing", &Trigger::on(date(2027, 1, 14)))
        .expect("computes");
    let joint = s
        .entries
        .iter()
        .find(|e| &*e.deadline.rule.rule_set == "judge-x")
        .expect("the judge's deadline is scheduled");
    assert_eq!(joint.deadline.date, date(2027, 1, 4));
    let changes = book.layer_changes();
    assert_eq!(changes.len(), 1, "{changes:?}");
    assert_eq!(changes[0].kind, ChangeKind::Extended);
    assert_eq!(changes[0].id, "cand");
    assert_eq!(changes[0].file, "firm/courts.toml");
    assert_eq!(changes[0].earlier_file, "rules/us/federal/courts.toml");
}

#[test]
fn a_layer_that_replaces_a_bundled_definition_is_reported() {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/us/federal/frcp.toml"),
    )
    .expect("the bundled file");
    let book = RuleBook::builder()
        .bundled()
        .toml_str("firm/frcp.toml", &text)
        .build()
        .expect("loads");
    let changes = book.layer_changes();
    assert_eq!(changes.len(), 1, "{changes:?}");
    assert_eq!(changes[0].kind, ChangeKind::Replaced);
    assert_eq!(
        changes[0].to_string(),
        "rule set frcp from firm/frcp.toml replaces the one in rules/us/federal/frcp.toml"
    );
    // The bundled rules alone replace nothing.
    assert!(crate::common::book().layer_changes().is_empty());
}

/// Over every bundled local rule set and 60 pseudo-random dates each: every
/// local deadline computes (or is refused as not yet in force), its
/// explained and date-only answers agree, and a schedule from a hearing or
/// a judgment never shows a default next to the local deadline that
/// displaces it from the same event.
#[test]
fn local_rules_hold_their_invariants_over_random_dates() {
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let start = date(2016, 1, 1);
    for id in LOCAL {
        let court = book().court(id).expect("bundled");
        let local = format!("{id}-local");
        let deadlines: Vec<_> = court
            .deadlines()
            .expect("parses")
            .into_iter()
            .filter(|d| d.rule_set_id() == local)
            .collect();
        assert!(!deadlines.is_empty(), "{local}");
        for _ in 0..60 {
            let day = start + chrono::Duration::days((next() % 5000) as i64);
            let t = Trigger::on(day);
            for d in &deadlines {
                match d.compute(&t) {
                    Ok(r) => {
                        assert_eq!(
                            d.due_date(&t).ok(),
                            Some(r.date),
                            "{local}.{} on {day}",
                            d.id()
                        );
                        assert!(r.safe_date <= r.date, "{local}.{} on {day}", d.id());
                    }
                    Err(e) => assert!(
                        e.to_string().contains("in force only"),
                        "{local}.{} on {day}: {e}",
                        d.id()
                    ),
                }
            }
            for event in ["frcp.hearing", "frcp.judgment-entered"] {
                let s = court
                    .schedule(event, &t)
                    .unwrap_or_else(|e| panic!("{id} {event} {day}: {e}"));
                for e in &s.entries {
                    for x in &e.deadline.rule.displaces {
                        let (_, bare) = x.deadline.split_once('.').expect("qualified");
                        let same_event = e.deadline.trigger.event.as_deref() == Some(event);
                        let default_listed = s.entries.iter().any(|o| {
                            &*o.deadline.rule.rule_set == "frcp"
                                && o.deadline.rule.deadline.as_deref() == Some(bare)
                        });
                        assert!(
                            !(same_event && default_listed),
                            "{id} {event} {day}: {} listed beside its replacement",
                            x.deadline
                        );
                    }
                }
            }
        }
    }
}

const AMENDED: &str = r#"
[rule_set]
id = "firm-local"
name = "A district's local rule, amended"
citation = "Local Civil Rule 7.1"
valid_from = 2015-01-01
supplements = "frcp"

[deadline.opposition-old]
name = "Opposition (former rule: 21 days before the hearing)"
citation = "Local Civil Rule 7.1(c) (until Dec. 31, 2020)"
from = "frcp.hearing"
period = "21 days"
direction = "before"
until_date = 2020-12-31
displaces = ["frcp.opposing-affidavits"]

[deadline.opposition]
name = "Opposition (14 days before the hearing)"
citation = "Local Civil Rule 7.1(c) (from Jan. 1, 2021)"
from = "frcp.hearing"
period = "14 days"
direction = "before"
from_date = 2021-01-01
displaces = ["frcp.opposing-affidavits"]
"#;

/// A deadline repealed or replaced ends with `until_date`: under the rules
/// in force on each date, exactly one of the two versions exists, and the
/// schedule shows that one. Hearing Friday, June 12, 2020: 21 days before
/// is Friday, May 22; hearing Friday, June 11, 2021: 14 days before is
/// Friday, May 28.
#[test]
fn a_deadline_ends_with_until_date() {
    let book = RuleBook::builder()
        .bundled()
        .toml_str("firm/firm-local.toml", AMENDED)
        .toml_str(
            "firm/courts.toml",
            "[court.alnd]\nextends = true\nadd_rule_sets = [\"firm-local\"]\n",
        )
        .build()
        .expect("loads");
    let c = book.court("alnd").expect("bundled");
    let old = Trigger::on(date(2020, 6, 12));
    let new = Trigger::on(date(2021, 6, 11));
    assert_eq!(
        c.compute("firm-local.opposition-old", &old).unwrap().date,
        date(2020, 5, 22)
    );
    let e = c.compute("firm-local.opposition-old", &new).unwrap_err();
    assert!(
        e.to_string().contains("in force only through 2020-12-31"),
        "{e}"
    );
    assert!(c.compute("firm-local.opposition", &old).is_err());
    assert_eq!(
        c.compute("firm-local.opposition", &new).unwrap().date,
        date(2021, 5, 28)
    );
    let ids = |t: &Trigger| -> Vec<String> {
        c.schedule("frcp.hearing", t)
            .unwrap()
            .entries
            .iter()
            .map(|e| {
                format!(
                    "{}.{}",
                    e.deadline.rule.rule_set,
                    e.deadline.rule.deadline.as_deref().unwrap_or("")
                )
            })
            .collect()
    };
    let then = ids(&old);
    assert!(
        then.contains(&"firm-local.opposition-old".to_owned()),
        "{then:?}"
    );
    assert!(
        !then.contains(&"firm-local.opposition".to_owned()),
        "{then:?}"
    );
    assert!(
        !then.contains(&"frcp.opposing-affidavits".to_owned()),
        "{then:?}"
    );
    let now = ids(&new);
    assert!(now.contains(&"firm-local.opposition".to_owned()), "{now:?}");
    assert!(
        !now.contains(&"firm-local.opposition-old".to_owned()),
        "{now:?}"
    );
}
