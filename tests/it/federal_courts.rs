//! The bundled federal courts (rules/us/federal/courts.toml): every U.S.
//! district court and court of appeals, with ids, states, time zones and
//! calendars checked against the sources named below — never against the
//! engine's own output.

use crate::common;
use common::*;

use std::collections::BTreeSet;

use chrono::{NaiveDate, Offset, TimeZone};
use chrono_tz::Tz;

/// The 94 district courts' CM/ECF ids, as the courts' own systems spell them
/// (`ecf.<id>.uscourts.gov`; PACER court list / CM/ECF court lookup).
/// 28 U.S.C. §§ 81-131 create 91 districts in the states, D.C. and Puerto
/// Rico; 48 U.S.C. §§ 1424, 1611, 1821 create the territorial courts of Guam,
/// the Virgin Islands and the Northern Mariana Islands.
const DISTRICT_IDS: [&str; 94] = [
    "alnd", "almd", "alsd", "akd", "azd", "ared", "arwd", "cand", "caed", "cacd", "casd", "cod",
    "ctd", "ded", "dcd", "flnd", "flmd", "flsd", "gand", "gamd", "gasd", "hid", "idd", "ilnd",
    "ilcd", "ilsd", "innd", "insd", "iand", "iasd", "ksd", "kyed", "kywd", "laed", "lamd", "lawd",
    "med", "mdd", "mad", "mied", "miwd", "mnd", "msnd", "mssd", "moed", "mowd", "mtd", "ned",
    "nvd", "nhd", "njd", "nmd", "nynd", "nysd", "nyed", "nywd", "nced", "ncmd", "ncwd", "ndd",
    "ohnd", "ohsd", "oknd", "oked", "okwd", "ord", "paed", "pamd", "pawd", "prd", "rid", "scd",
    "sdd", "tned", "tnmd", "tnwd", "txnd", "txsd", "txed", "txwd", "utd", "vtd", "vaed", "vawd",
    "waed", "wawd", "wvnd", "wvsd", "wied", "wiwd", "wyd", "gud", "nmid", "vid",
];

/// The 13 courts of appeals (28 U.S.C. §§ 41, 43(a): eleven numbered
/// circuits, the District of Columbia Circuit and the Federal Circuit).
const APPEALS_IDS: [&str; 13] = [
    "ca1", "ca2", "ca3", "ca4", "ca5", "ca6", "ca7", "ca8", "ca9", "ca10", "ca11", "cadc", "cafc",
];

fn is_appeals(c: &court_deadlines::Court) -> bool {
    c.rule_set_ids().iter().any(|r| r == "frap")
}

#[test]
fn exactly_94_district_courts_and_13_courts_of_appeals() {
    let mut districts = BTreeSet::new();
    let mut appeals = BTreeSet::new();
    for c in book().courts() {
        // Only the federal courts are counted here: a court is federal if it
        // applies the FRCP or the FRAP.
        let sets = c.rule_set_ids();
        if is_appeals(&c) {
            appeals.insert(c.id().to_string());
        } else if sets.iter().any(|r| r == "frcp") {
            districts.insert(c.id().to_string());
        }
    }
    let want_d: BTreeSet<String> = DISTRICT_IDS.iter().map(|s| s.to_string()).collect();
    let want_a: BTreeSet<String> = APPEALS_IDS.iter().map(|s| s.to_string()).collect();
    assert_eq!(want_d.len(), 94, "the expected list itself has duplicates");
    assert_eq!(districts.len(), 94, "district courts: {districts:?}");
    assert_eq!(appeals.len(), 13, "courts of appeals: {appeals:?}");
    assert_eq!(
        districts, want_d,
        "district court ids differ from the CM/ECF list"
    );
    assert_eq!(appeals, want_a, "court of appeals ids differ");
}

#[test]
fn rule_sets_by_kind() {
    for id in DISTRICT_IDS {
        let c = book().court(id).unwrap_or_else(|e| panic!("{e}"));
        // District courts hear civil and criminal cases; a district whose
        // local rules are bundled adds them as `<court>-local`.
        let sets = c.rule_set_ids();
        assert_eq!(
            sets.get(..2),
            Some(&["frcp".to_string(), "frcrp".to_string()][..]),
            "{id}"
        );
        let local = format!("{id}-local");
        assert!(
            sets.get(2..)
                .unwrap_or_default()
                .iter()
                .all(|s| *s == local),
            "{id}: {sets:?}"
        );
    }
    for id in APPEALS_IDS {
        let c = book().court(id).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(c.rule_set_ids(), ["frap".to_string()], "{id}");
    }
}

/// (id, state, IANA zone, source of the zone decision).
///
/// For districts spanning two zones the source says whose office sets the
/// zone; elsewhere the whole district is in one zone.
const ZONES: &[(&str, &str, &str, &str)] = &[
    (
        "cand",
        "CA",
        "America/Los_Angeles",
        "San Francisco; all of California is Pacific",
    ),
    (
        "cacd",
        "CA",
        "America/Los_Angeles",
        "Los Angeles; all of California is Pacific",
    ),
    ("casd", "CA", "America/Los_Angeles", "San Diego"),
    ("caed", "CA", "America/Los_Angeles", "Sacramento"),
    (
        "nysd",
        "NY",
        "America/New_York",
        "Manhattan (500 Pearl St.)",
    ),
    (
        "nyed",
        "NY",
        "America/New_York",
        "Brooklyn and Central Islip (nyed.uscourts.gov)",
    ),
    (
        "txsd",
        "TX",
        "America/Chicago",
        "Houston; S.D. Tex. counties are all Central",
    ),
    (
        "txnd",
        "TX",
        "America/Chicago",
        "Dallas; N.D. Tex. counties are all Central",
    ),
    (
        "txed",
        "TX",
        "America/Chicago",
        "E.D. Tex. counties are all Central",
    ),
    (
        "txwd",
        "TX",
        "America/Chicago",
        "W.D. Tex. spans Central and Mountain (El Paso, Hudspeth, Culberson); San Antonio \
         (court headquarters) is Central, also the earlier midnight",
    ),
    ("flsd", "FL", "America/New_York", "Miami"),
    (
        "flmd",
        "FL",
        "America/New_York",
        "all five M.D. Fla. clerk's offices (flmd.uscourts.gov FAQ) are Eastern",
    ),
    (
        "flnd",
        "FL",
        "America/New_York",
        "N.D. Fla. spans Eastern (Tallahassee, Gainesville) and Central (Pensacola, Panama City); \
         Tallahassee, the earlier midnight",
    ),
    (
        "mad",
        "MA",
        "America/New_York",
        "Boston (D. Mass. 2012 eNotice: Boston, Worcester, Springfield offices)",
    ),
    ("dcd", "DC", "America/New_York", "Washington, D.C."),
    (
        "ilnd",
        "IL",
        "America/Chicago",
        "Chicago (Dirksen Courthouse)",
    ),
    ("njd", "NJ", "America/New_York", "Newark"),
    ("paed", "PA", "America/New_York", "Philadelphia"),
    ("gand", "GA", "America/New_York", "Atlanta"),
    ("mied", "MI", "America/Detroit", "Detroit"),
    (
        "miwd",
        "MI",
        "America/Detroit",
        "Grand Rapids; four U.P. counties bordering Wisconsin are Central, the clerk's offices are Eastern",
    ),
    ("waed", "WA", "America/Los_Angeles", "Spokane"),
    ("wawd", "WA", "America/Los_Angeles", "Seattle"),
    (
        "azd",
        "AZ",
        "America/Phoenix",
        "Phoenix; Arizona keeps MST all year",
    ),
    ("cod", "CO", "America/Denver", "Denver"),
    ("akd", "AK", "America/Anchorage", "Anchorage"),
    ("hid", "HI", "Pacific/Honolulu", "Honolulu"),
    ("prd", "PR", "America/Puerto_Rico", "San Juan"),
    ("gud", "GU", "Pacific/Guam", "Hagåtña"),
    ("nmid", "MP", "Pacific/Saipan", "Saipan"),
    (
        "vid",
        "VI",
        "America/St_Thomas",
        "Charlotte Amalie, St. Thomas",
    ),
    (
        "innd",
        "IN",
        "America/Indiana/Indianapolis",
        "N.D. Ind. CM/ECF FAQ: Fort Wayne, South Bend, Lafayette offices on Eastern time, \
         Hammond on Central; Eastern, the earlier midnight",
    ),
    (
        "insd",
        "IN",
        "America/Indiana/Indianapolis",
        "Indianapolis (Eastern); Evansville division mostly Central",
    ),
    (
        "kywd",
        "KY",
        "America/Kentucky/Louisville",
        "W.D. Ky. clerk's office in Louisville (Eastern); Bowling Green, Owensboro, Paducah keep \
         Central 'local time' (kywd.uscourts.gov notices)",
    ),
    (
        "kyed",
        "KY",
        "America/New_York",
        "Lexington (not in the Louisville tz zone)",
    ),
    (
        "idd",
        "ID",
        "America/Boise",
        "Boise (Mountain); northern Idaho is Pacific",
    ),
    (
        "ord",
        "OR",
        "America/Los_Angeles",
        "Portland; only most of Malheur County is Mountain",
    ),
    (
        "ndd",
        "ND",
        "America/Chicago",
        "Bismarck and Fargo are Central; the southwest is Mountain",
    ),
    (
        "sdd",
        "SD",
        "America/Chicago",
        "Sioux Falls (Central); western S.D. is Mountain",
    ),
    (
        "ned",
        "NE",
        "America/Chicago",
        "Omaha and Lincoln are Central; western Nebraska is Mountain",
    ),
    (
        "ksd",
        "KS",
        "America/Chicago",
        "Kansas City, Topeka, Wichita are Central; four western counties Mountain",
    ),
    (
        "tned",
        "TN",
        "America/New_York",
        "Knoxville (Eastern); the Winchester division is Central",
    ),
    ("tnmd", "TN", "America/Chicago", "Nashville"),
    ("nmd", "NM", "America/Denver", "Albuquerque"),
    ("utd", "UT", "America/Denver", "Salt Lake City"),
    (
        "ca1",
        "MA",
        "America/New_York",
        "circuit clerk's principal office: Boston",
    ),
    ("ca2", "NY", "America/New_York", "New York"),
    ("ca3", "PA", "America/New_York", "Philadelphia"),
    ("ca4", "VA", "America/New_York", "Richmond"),
    ("ca5", "LA", "America/Chicago", "New Orleans"),
    ("ca6", "OH", "America/New_York", "Cincinnati"),
    ("ca7", "IL", "America/Chicago", "Chicago"),
    ("ca8", "MO", "America/Chicago", "St. Louis"),
    ("ca9", "CA", "America/Los_Angeles", "San Francisco"),
    ("ca10", "CO", "America/Denver", "Denver"),
    ("ca11", "GA", "America/New_York", "Atlanta"),
    (
        "cadc",
        "DC",
        "America/New_York",
        "Washington, D.C. (cadc.uscourts.gov)",
    ),
    (
        "cafc",
        "DC",
        "America/New_York",
        "Washington, D.C. (National Courts Building)",
    ),
];

#[test]
fn states_and_time_zones() {
    assert!(ZONES.len() >= 30);
    for &(id, state, zone, source) in ZONES {
        let c = book().court(id).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(c.state(), Some(state), "{id}: state (source: {source})");
        let want: Tz = zone.parse().unwrap_or_else(|e| panic!("{zone}: {e}"));
        assert_eq!(c.time_zone(), want, "{id}: time zone (source: {source})");
    }
}

#[test]
fn every_court_has_a_known_state_code() {
    // The 50 states, D.C. and the territories with district courts.
    const CODES: &[&str] = &[
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN",
        "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
        "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "PR", "RI", "SC", "SD", "TN", "TX",
        "UT", "VT", "VA", "WA", "WV", "WI", "WY", "GU", "MP", "VI",
    ];
    let mut seen = BTreeSet::new();
    for id in DISTRICT_IDS {
        let c = book().court(id).unwrap_or_else(|e| panic!("{e}"));
        let st = c.state().unwrap_or_else(|| panic!("{id}: no state"));
        assert!(CODES.contains(&st), "{id}: unknown state {st:?}");
        seen.insert(st.to_string());
    }
    // Every state and territory has at least one district court.
    assert_eq!(
        seen.len(),
        CODES.len(),
        "states without a district court: {:?}",
        CODES
            .iter()
            .filter(|s| !seen.contains(**s))
            .collect::<Vec<_>>()
    );
}

#[test]
fn arizona_and_the_territories_keep_no_daylight_saving_time() {
    // Arizona: MST (UTC-7) all year; Puerto Rico and the Virgin Islands: AST
    // (UTC-4); Guam and the Northern Mariana Islands: ChST (UTC+10).
    let offset_h = |id: &str, y: i32, m: u32, d: u32| {
        let tz = book()
            .court(id)
            .unwrap_or_else(|e| panic!("{e}"))
            .time_zone();
        let day = NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(12, 0, 0)
            .unwrap();
        tz.from_utc_datetime(&day).offset().fix().local_minus_utc() / 3600
    };
    for (id, want) in [
        ("azd", -7),
        ("prd", -4),
        ("vid", -4),
        ("gud", 10),
        ("nmid", 10),
    ] {
        assert_eq!(offset_h(id, 2026, 1, 15), want, "{id} in January");
        assert_eq!(offset_h(id, 2026, 7, 15), want, "{id} in July");
    }
    // Contrast: Denver observes DST.
    assert_eq!(offset_h("cod", 2026, 1, 15), -7);
    assert_eq!(offset_h("cod", 2026, 7, 15), -6);
}

#[test]
fn dc_courts_use_the_inauguration_day_calendar() {
    // 5 U.S.C. § 6103(c): Inauguration Day is a legal public holiday for
    // federal employees in D.C. The Federal Circuit, also in D.C., closed on
    // Jan. 20, 2021 "pursuant to 5 U.S.C. 6103(c)" and treated it as a legal
    // holiday for FRAP 26 (Federal Circuit announcement of Jan. 12, 2021).
    for id in ["dcd", "cadc", "cafc"] {
        let c = book().court(id).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(c.calendar_ids(), ["us-federal-dc".to_string()], "{id}");
    }
    for c in book().courts() {
        if ["dcd", "cadc", "cafc"].contains(&c.id()) {
            continue;
        }
        if DISTRICT_IDS.contains(&c.id()) || APPEALS_IDS.contains(&c.id()) {
            assert_eq!(c.calendar_ids(), ["us-federal".to_string()], "{}", c.id());
        }
    }
}

#[test]
fn every_federal_court_counts_its_states_holidays_forward() {
    // Fed. R. Civ. P. 6(a)(6)(C) (and Fed. R. Bankr. P. 9006(a)(6)(C), Fed.
    // R. Crim. P. 45(a)(6)(C)): "for periods that are measured after an
    // event, any other day declared a holiday by the state where the district
    // court is located"; Rule 81(d)(2): "state" includes the District of
    // Columbia and any United States commonwealth or territory. Every
    // district and bankruptcy court counts its state's (territory's)
    // calendar forward only. The Virgin Islands have no bundled calendar
    // yet (neither the text of 1 V.I.C. § 171 nor an official list was
    // found): its two courts carry the "state holidays not applied" warning
    // instead, and are the only exceptions.
    let without_calendar = ["VI"];
    let mut count = 0;
    for c in book().courts() {
        let Some(state) = c.state() else { continue };
        if !c
            .rule_set_ids()
            .iter()
            .any(|r| ["frcp", "frbp", "frcrp", "frap"].contains(&r.as_str()))
        {
            continue;
        }
        if without_calendar.contains(&state) {
            assert!(c.forward_only_calendar_ids().is_empty(), "{}", c.id());
            continue;
        }
        let want = format!("us-{}", state.to_ascii_lowercase());
        assert!(
            is_state_calendar(c.forward_only_calendar_ids(), &want),
            "{}: {:?}",
            c.id(),
            c.forward_only_calendar_ids()
        );
        count += 1;
    }
    // 94 districts + 13 courts of appeals + bankruptcy courts, less the two
    // Virgin Islands courts.
    assert!(count > 190, "{count}");
    // Courts of appeals: FRAP 26(a)(6)(C) counts the state of the circuit
    // clerk's principal office (the profile's forward-only calendar) or of
    // the district court that rendered the judgment (supplied per
    // computation with Trigger::origin_court).
    for (id, want) in [
        ("ca1", "us-ma"),
        ("ca2", "us-ny"),
        ("ca3", "us-pa"),
        ("ca4", "us-va"),
        ("ca5", "us-la"),
        ("ca6", "us-oh"),
        ("ca7", "us-il"),
        ("ca8", "us-mo"),
        ("ca9", "us-ca"),
        ("ca10", "us-co"),
        ("ca11", "us-ga"),
        ("cadc", "us-dc"),
        ("cafc", "us-dc"),
    ] {
        let c = book().court(id).unwrap_or_else(|e| panic!("{e}"));
        assert!(
            is_state_calendar(c.forward_only_calendar_ids(), want),
            "{id}"
        );
    }
}

/// `ids` is the state's calendar alone, or one county-scoped calendar that
/// includes it (`us-ma-suffolk`: Massachusetts with Suffolk County's days).
fn is_state_calendar(ids: &[String], state: &str) -> bool {
    match ids {
        [one] if one == state => true,
        [one] => {
            one.starts_with(&format!("{state}-")) && cal(one).includes().iter().any(|i| i == state)
        }
        _ => false,
    }
}

#[test]
fn boston_courts_list_suffolk_countys_legal_holidays() {
    // Mass. Gen. Laws ch. 4, § 7, cl. 18: March 17 (Evacuation Day) and June
    // 17 (Bunker Hill Day) are legal holidays in Suffolk County only; the
    // courts sit on them (Trial Court, Legal Holidays 2015-2016: "All court
    // offices will remain open for business on March 17 and June 17"). The
    // federal courts in Boston list them as days declared a holiday on which
    // the courts stay open: counted as ordinary days, with the literal
    // reading of Rule 6(a)(6)(C) shown. 14 days after Wednesday, March 3,
    // 2027 is Wednesday, March 17, 2027 (Evacuation Day): the default is
    // March 17; the reading `state-open-holidays-counted` gives Thursday,
    // March 18; the safe date is March 17.
    use court_deadlines::{Direction, Trigger};
    for id in ["mad", "mab", "ca1"] {
        let c = book().court(id).unwrap();
        assert_eq!(c.forward_only_calendar_ids(), ["us-ma-suffolk"], "{id}");
        let rs = match id {
            "mab" => "frbp",
            "ca1" => "frap",
            _ => "frcp",
        };
        let due = c
            .compute_period(
                rs,
                "14 days",
                Direction::After,
                &Trigger::on(d("2027-03-03")),
            )
            .unwrap();
        assert_eq!(due.date, d("2027-03-17"), "{id}\n{due}");
        assert_eq!(due.safe_date, d("2027-03-17"), "{id}");
        let literal = due
            .readings
            .iter()
            .find(|r| &*r.id == "state-open-holidays-counted")
            .unwrap_or_else(|| panic!("{id}: no literal reading\n{due}"));
        assert_eq!(literal.date, d("2027-03-18"), "{id}\n{due}");
        // The result says why March 17 is not skipped.
        let note = due
            .warnings
            .iter()
            .find(|w| w.code == court_deadlines::WarningCode::OpenLegalHolidayOnLastDay)
            .unwrap_or_else(|| panic!("{id}: no note on the open legal holiday\n{due}"));
        assert!(note.message.contains("Evacuation Day"), "{}", note.message);
    }
    // A last day that is no such holiday carries no such note.
    let due = book()
        .court("mad")
        .unwrap()
        .compute_period(
            "frcp",
            "14 days",
            Direction::After,
            &Trigger::on(d("2027-03-02")),
        )
        .unwrap();
    assert!(
        !due.warnings
            .iter()
            .any(|w| w.code == court_deadlines::WarningCode::OpenLegalHolidayOnLastDay),
        "{due}"
    );
    // The statewide calendar does not list them.
    assert!(
        cal("us-ma")
            .declared_open_holidays(d("2027-03-17"))
            .unwrap()
            .is_empty()
    );
    assert!(
        !cal("us-ma-suffolk")
            .declared_open_holidays(d("2027-03-17"))
            .unwrap()
            .is_empty()
    );
}

#[test]
fn official_names() {
    for (id, name) in [
        (
            "cand",
            "U.S. District Court for the Northern District of California",
        ),
        (
            "nysd",
            "U.S. District Court for the Southern District of New York",
        ),
        ("dcd", "U.S. District Court for the District of Columbia"),
        ("prd", "U.S. District Court for the District of Puerto Rico"),
        // 48 U.S.C. § 1424: "the District Court of Guam".
        ("gud", "District Court of Guam"),
        // 48 U.S.C. § 1821: "the District Court for the Northern Mariana Islands".
        ("nmid", "District Court for the Northern Mariana Islands"),
        // 48 U.S.C. § 1611: "the District Court of the Virgin Islands".
        ("vid", "District Court of the Virgin Islands"),
        ("ca9", "U.S. Court of Appeals for the Ninth Circuit"),
        (
            "cadc",
            "U.S. Court of Appeals for the District of Columbia Circuit",
        ),
        ("cafc", "U.S. Court of Appeals for the Federal Circuit"),
    ] {
        let c = book().court(id).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(c.name(), name, "{id}");
    }
}

/// Every district court names the court of appeals for its circuit (28
/// U.S.C. § 41; the territorial courts: 48 U.S.C. §§ 1424-3, 1613a, 1824),
/// so that a schedule from a judgment includes the notice of appeal.
#[test]
fn every_district_names_its_court_of_appeals() {
    // Spot checks of § 41's table, one per circuit.
    let want = [
        ("mad", "ca1"),
        ("nysd", "ca2"),
        ("vid", "ca3"),
        ("mdd", "ca4"),
        ("txsd", "ca5"),
        ("tnmd", "ca6"),
        ("wied", "ca7"),
        ("ndd", "ca8"),
        ("gud", "ca9"),
        ("wyd", "ca10"),
        ("gasd", "ca11"),
        ("dcd", "cadc"),
    ];
    for (d, a) in want {
        assert_eq!(
            book().court(d).expect("bundled").appeals_to(),
            Some(a),
            "{d}"
        );
    }
    for id in DISTRICT_IDS {
        let c = book().court(id).expect("bundled");
        let to = c
            .appeals_to()
            .unwrap_or_else(|| panic!("{id} names no court of appeals"));
        assert!(APPEALS_IDS.contains(&to), "{id} -> {to}");
        assert_ne!(
            to, "cafc",
            "{id}: the Federal Circuit hears only some appeals"
        );
    }
}

/// A court answers to its citation forms (The Bluebook, tables T7 and T10)
/// and to its id in any case, ignoring spaces and dots: a clerk typing
/// "SDNY" gets the Southern District of New York, not a suggestion of
/// South Dakota.
#[test]
fn courts_answer_to_their_citation_forms() {
    for (typed, id) in [
        ("SDNY", "nysd"),
        ("S.D.N.Y.", "nysd"),
        ("sdny", "nysd"),
        ("NYSD", "nysd"),
        ("N.D. Cal.", "cand"),
        ("NDCA", "cand"),
        ("CAND", "cand"),
        ("D. Mass.", "mad"),
        ("D.D.C.", "dcd"),
        ("D.N.J.", "njd"),
        ("E.D. Pa.", "paed"),
        ("N.D. W. Va.", "wvnd"),
        ("9th Cir.", "ca9"),
        ("2d Cir.", "ca2"),
        ("D.C. Cir.", "cadc"),
        ("Fed. Cir.", "cafc"),
        ("Bankr. S.D.N.Y.", "nysb"),
    ] {
        let c = book()
            .court(typed)
            .unwrap_or_else(|e| panic!("{typed}: {e}"));
        assert_eq!(c.id(), id, "{typed}");
    }
    // Every federal court has a citation form.
    for c in book().courts() {
        let federal = c
            .rule_set_ids()
            .iter()
            .any(|r| ["frcp", "frap", "frbp"].contains(&r.as_str()));
        if federal {
            assert!(!c.aliases().is_empty(), "{} has no alias", c.id());
        }
    }
    assert!(book().court("S.D.N.Q.").is_err());
}

#[test]
fn guam_liberation_day_extends_a_forward_period_in_the_district_court_of_guam() {
    // Government of Guam, Guam Waterworks Authority, "GWA 2026 Holiday
    // Schedule": "Liberation Day | Tuesday, July 21". Fed. R. Civ. P.
    // 6(a)(6)(C) and 81(d)(2): a day declared a holiday by the territory is a
    // legal holiday for periods measured after an event. 14 days after
    // Tuesday, July 7, 2026 is Tuesday, July 21: the period runs to
    // Wednesday, July 22 (6(a)(1)(C)).
    use court_deadlines::{Direction, Trigger};
    for id in ["gud", "gub"] {
        let c = book().court(id).unwrap();
        let rs = if id == "gud" { "frcp" } else { "frbp" };
        let due = c
            .compute_period(
                rs,
                "14 days",
                Direction::After,
                &Trigger::on(d("2026-07-07")),
            )
            .unwrap();
        assert_eq!(due.date, d("2026-07-22"), "{id}\n{due}");
        assert!(due.to_string().contains("Liberation Day"), "{due}");
    }
    // The court itself is open on the Guam-only day: its own calendars are
    // federal ones.
    assert_eq!(book().court("gud").unwrap().calendar_ids(), ["us-federal"]);
    assert!(cal("us-federal").is_court_day(d("2026-07-21")).unwrap());
}

#[test]
fn florida_legal_holidays_on_which_courts_sit_are_listed_for_the_federal_courts() {
    // Fla. Stat. § 683.01(1)(e) (official text): "Lincoln's Birthday,
    // February 12" is a legal holiday; the state courts sit (Rule
    // 2.514(a)(6)(A) names only the § 110.117 days). In S.D. Fla., 14 days
    // after Thursday, January 29, 2026 is Thursday, February 12, 2026: the
    // rule as encoded counts it as a court day; the literal reading of Rule
    // 6(a)(6)(C) ("declared a holiday by the state") gives Friday, February
    // 13; the safe date is February 12, and the result says why.
    use court_deadlines::{Direction, Trigger, WarningCode};
    let c = book().court("flsd").unwrap();
    let due = c
        .compute_period(
            "frcp",
            "14 days",
            Direction::After,
            &Trigger::on(d("2026-01-29")),
        )
        .unwrap();
    assert_eq!(due.date, d("2026-02-12"), "{due}");
    assert_eq!(due.safe_date, d("2026-02-12"));
    let literal = due
        .readings
        .iter()
        .find(|r| &*r.id == "state-open-holidays-counted")
        .unwrap_or_else(|| panic!("no literal reading\n{due}"));
    assert_eq!(literal.date, d("2026-02-13"), "{due}");
    assert!(
        due.warnings
            .iter()
            .any(|w| w.code == WarningCode::OpenLegalHolidayOnLastDay
                && w.message.contains("Lincoln's Birthday")),
        "{due}"
    );
    // A Florida state court counts the day under Rule 2.514 without a
    // reading or note: its own calendar's open legal holidays are its rule
    // set's business.
    let state = book()
        .court("fl-circuit")
        .unwrap()
        .compute_period(
            "fl-civil",
            "14 days",
            Direction::After,
            &Trigger::on(d("2026-01-29")),
        )
        .unwrap();
    assert_eq!(state.date, d("2026-02-12"), "{state}");
    assert!(
        !state
            .warnings
            .iter()
            .any(|w| w.code == WarningCode::OpenLegalHolidayOnLastDay),
        "{state}"
    );
}

#[test]
fn california_state_holidays_on_which_courts_sit_are_listed_for_the_federal_courts() {
    // Cal. Gov. Code § 6700(a): "September 9th, known as 'Admission Day'" is
    // a holiday of the state; Code Civ. Proc. § 135 excepts it from the
    // judicial holidays, so the state courts sit. In N.D. Cal., 14 days after
    // Wednesday, August 26, 2026 is Wednesday, September 9, 2026: counted as
    // a court day as encoded; the literal Rule 6(a)(6)(C) reading gives
    // Thursday, September 10.
    use court_deadlines::{Direction, Trigger, WarningCode};
    let due = book()
        .court("cand")
        .unwrap()
        .compute_period(
            "frcp",
            "14 days",
            Direction::After,
            &Trigger::on(d("2026-08-26")),
        )
        .unwrap();
    assert_eq!(due.date, d("2026-09-09"), "{due}");
    let literal = due
        .readings
        .iter()
        .find(|r| &*r.id == "state-open-holidays-counted")
        .unwrap_or_else(|| panic!("no literal reading\n{due}"));
    assert_eq!(literal.date, d("2026-09-10"), "{due}");
    assert!(
        due.warnings
            .iter()
            .any(|w| w.code == WarningCode::OpenLegalHolidayOnLastDay
                && w.message.contains("Admission Day")),
        "{due}"
    );
}
