//! The docket tool's logic: argument definitions and every command, writing
//! to any `Write` so that the tests drive it exactly as a person would (see
//! `tests/it/docket.rs`). `main.rs` only passes the process's arguments and
//! streams to [`main_with`].

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use clap::{Args, Parser, Subcommand};
use court_deadlines::{Court, Direction, RuleBook, Trigger, WarningCode};

#[path = "batch.rs"]
pub mod batch;
#[path = "export.rs"]
pub mod export;
#[path = "html.rs"]
pub mod html;
#[path = "ics.rs"]
pub mod ics;
#[path = "view.rs"]
pub mod view;

use export::Item;

/// Compute, explain and export court filing deadlines, with citations.
///
/// Runs on the rules bundled with the crate. `--rules-dir DIR` layers a
/// firm's own rule files over them (a file defining an id the bundled rules
/// define replaces it; a court patch, `extends = true`, adds to a bundled
/// court; `courts` lists both); `--only-rules-dir DIR` uses a folder of rule
/// files instead of the bundled ones.
#[derive(Parser, Debug)]
#[command(name = "docket", version)]
pub struct Cli {
    /// A folder of the firm's own rule files, layered over the bundled ones
    /// (repeatable: later folders win).
    #[arg(long, global = true, value_name = "DIR", display_order = 100)]
    pub rules_dir: Vec<PathBuf>,
    /// A folder of rule files to use instead of the bundled ones
    /// (`--rules-dir` folders are layered over it).
    #[arg(long, global = true, value_name = "DIR", display_order = 101)]
    pub only_rules_dir: Option<PathBuf>,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Output options shared by `compute`, `schedule` and `due`.
#[derive(Args, Debug)]
pub struct Outputs {
    /// Print as JSON (the engine's serialized form, with an `audit` object).
    #[arg(long)]
    pub json: bool,
    /// Write the deadlines to a CSV file (`-` for standard output).
    #[arg(long, value_name = "FILE")]
    pub csv: Option<PathBuf>,
    /// CSV for Excel: a byte-order mark and CRLF line ends.
    #[arg(long)]
    pub excel: bool,
    /// Calendar and report export.
    #[command(flatten)]
    pub export: CalendarExport,
}

/// Calendar-file options shared by `compute`, `schedule`, `batch` and `due`.
#[derive(Args, Debug)]
pub struct CalendarExport {
    /// Write the deadlines to an iCalendar (RFC 5545) file, one event each
    /// (`-` for standard output). A file that holds an earlier export is
    /// updated: changed events get the next SEQUENCE, deadlines no longer
    /// computed are written as cancelled. Keep one file per calendar feed.
    #[arg(long, value_name = "FILE")]
    pub ics: Option<PathBuf>,
    /// The export time recorded in the calendar (DTSTAMP, LAST-MODIFIED;
    /// reminders already past are left out), as RFC 3339
    /// (2026-12-06T09:00:00Z); default: now, by this machine's clock.
    #[arg(long, value_name = "TIME", value_parser = parse_export_time)]
    pub export_time: Option<chrono::DateTime<chrono::Utc>>,
    /// Reminders in the calendar file, in court days before each due date.
    #[arg(
        long,
        value_name = "N,N,...",
        value_delimiter = ',',
        default_value = "7,1"
    )]
    pub remind: Vec<u32>,
    /// No reminders in the calendar file.
    #[arg(long)]
    pub no_reminders: bool,
    /// Write a printable report: one self-contained HTML page (the
    /// deadlines by month, each explained with its citations, warnings set
    /// apart; `-` for standard output).
    #[arg(long, value_name = "FILE")]
    pub html: Option<PathBuf>,
}

/// The subcommands.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// List the courts, with their citations, time zones and calendars.
    Courts {
        /// Print as JSON.
        #[arg(long)]
        json: bool,
    },
    /// List the named deadlines available in a court, with citations.
    Deadlines {
        /// Court id (e.g. cand, nysd, ca9).
        #[arg(long)]
        court: String,
        /// Print as JSON (each deadline with id, name, citation, period,
        /// direction, event, note, and the local rules that replace it).
        #[arg(long)]
        json: bool,
        /// Which local rules replace which deadlines under the rules in
        /// force on this date (default: today, by this machine's clock).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        as_of: Option<NaiveDate>,
    },
    /// Compute one deadline and print its numbered explanation.
    Compute(Box<ComputeArgs>),
    /// Every deadline that flows from an event.
    Schedule(Box<ScheduleArgs>),
    /// List the events a court's deadlines run from (the ids `schedule
    /// --event` takes), with how many deadlines run from each.
    Events {
        /// Court id (e.g. cand, nysd, ca9) or citation (S.D.N.Y.).
        #[arg(long)]
        court: String,
        /// Print as JSON.
        #[arg(long)]
        json: bool,
    },
    /// A court's holidays and closures for a year.
    Holidays {
        /// Court id.
        #[arg(long)]
        court: String,
        /// The year.
        #[arg(long)]
        year: i32,
        /// Print as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Is the court open on a day, and if not, why?
    Day {
        /// Court id.
        #[arg(long)]
        court: String,
        /// The day (YYYY-MM-DD).
        #[arg(value_parser = parse_date)]
        date: NaiveDate,
    },
    /// Compute many matters' deadlines from a CSV file, one matter a row.
    ///
    /// The header is `matter,court,deadline,event,trigger,service` and
    /// optionally `origin_court` (in a court of appeals, the court whose
    /// judgment is reviewed), `party` (where one matter has the same deadline
    /// for several parties), `actual` (later events' dates, EVENT=DATE;...),
    /// `served` (later papers' methods, EVENT=METHOD;...), `as_of`, `closed`
    /// and `inaccessible` (DATE;DATE...); any other column is kept and echoed
    /// in the output. Each row names a deadline (frcp.answer) or an
    /// event (frcp.complaint-served, for every deadline that flows from it). The deadlines are printed as
    /// CSV (or JSON). A row that cannot be computed is reported with its row
    /// number (the header is row 1) and the others still compute; the exit
    /// status is then non-zero.
    Batch(Box<BatchArgs>),
    /// What is due across every matter of a docket file (the `batch` CSV),
    /// sorted by date, with PAST DUE and DUE TODAY flags; as text, CSV,
    /// JSON or a calendar.
    Due(Box<view::DueArgs>),
    /// Recompute every matter of a docket file and report what moved, from
    /// what to what, and why (the step that changed): under changed rule
    /// files (--against-rules DIR), or since an earlier run (--previous).
    Recheck(Box<view::RecheckArgs>),
}

/// `docket compute`.
#[derive(Args, Debug)]
pub struct ComputeArgs {
    /// Court id.
    #[arg(long)]
    pub court: String,
    /// A named deadline, e.g. frcp.answer.
    #[arg(long, conflicts_with_all = ["period", "rules"])]
    pub deadline: Option<String>,
    /// The event's date (YYYY-MM-DD), or local date-time (YYYY-MM-DDTHH:MM)
    /// for an hour period.
    #[arg(long, requires = "deadline", value_parser = parse_when, value_name = "DATE")]
    pub trigger: Option<When>,
    /// The rule set whose conventions an ad-hoc period follows (e.g. frcp).
    #[arg(long, requires = "period", value_name = "RULE_SET")]
    pub rules: Option<String>,
    /// An ad-hoc period, e.g. "14 days", "16 court days", "72 hours".
    #[arg(long, requires = "rules")]
    pub period: Option<String>,
    /// Count the ad-hoc period forward from this date (or date-time).
    #[arg(long, conflicts_with = "before", value_parser = parse_when, value_name = "DATE")]
    pub after: Option<When>,
    /// Count the ad-hoc period backward from this date (or date-time).
    #[arg(long, value_parser = parse_when, value_name = "DATE")]
    pub before: Option<When>,
    /// How the paper was served (personal, mail, electronic, ...).
    #[arg(long)]
    pub service: Option<String>,
    /// Apply the rules in force on this date instead of the trigger date.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
    /// A day the clerk's office was inaccessible (repeatable).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub inaccessible: Vec<NaiveDate>,
    /// Any other day the court was closed (repeatable).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub closed: Vec<NaiveDate>,
    /// For a court of appeals: the court whose judgment is reviewed (its
    /// state's holidays count too, Fed. R. App. P. 26(a)(6)(C)).
    #[arg(long, value_name = "COURT")]
    pub origin_court: Option<String>,
    /// Another event's date (repeatable), for deadlines that are the
    /// earliest or latest of several ("whichever is earlier"), e.g.
    /// --actual notice-of-entry-served=2026-03-10.
    #[arg(long, value_name = "EVENT=DATE", value_parser = parse_actual)]
    pub actual: Vec<(String, NaiveDate)>,
    /// How another event's paper was served (repeatable), for parts of a
    /// combined deadline counted from that event, e.g.
    /// --served notice-of-entry-served=mail.
    #[arg(long, value_name = "EVENT=METHOD", value_parser = parse_served)]
    pub served: Vec<(String, String)>,
    /// The matter, for the calendar file's event title.
    #[arg(long, default_value = "", hide_default_value = true)]
    pub matter: String,
    /// The party, where one matter has the same deadline for several
    /// parties (each served on its own date): part of the calendar event's
    /// identity, so each party's event is updated on its own.
    #[arg(long, default_value = "", hide_default_value = true)]
    pub party: String,
    /// Outputs.
    #[command(flatten)]
    pub output: Outputs,
}

/// `docket schedule`.
#[derive(Args, Debug)]
pub struct ScheduleArgs {
    /// Court id.
    #[arg(long)]
    pub court: String,
    /// The event, e.g. frcp.complaint-served or frcp.judgment-entered.
    #[arg(long)]
    pub event: String,
    /// The event's date (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date)]
    pub date: NaiveDate,
    /// How the event's own paper was served (only the deadlines counted
    /// from this event take it; give later papers' methods with --served).
    #[arg(long)]
    pub service: Option<String>,
    /// How a later event's paper was served (repeatable), e.g.
    /// --served responsive-pleading-served=mail. Deadlines counted from a later paper
    /// whose method is not given get no service extension, with a warning.
    #[arg(long, value_name = "EVENT=METHOD", value_parser = parse_served)]
    pub served: Vec<(String, String)>,
    /// Apply the rules in force on this date instead of each trigger date.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
    /// A later event's actual date, instead of the date it is expected on
    /// (repeatable), e.g. --actual answer-served-by-self=2026-12-10.
    #[arg(long, value_name = "EVENT=DATE", value_parser = parse_actual)]
    pub actual: Vec<(String, NaiveDate)>,
    /// In a court of appeals: the court whose judgment is reviewed (its
    /// state's holidays count too, Fed. R. App. P. 26(a)(6)(C), and papers
    /// filed there close at its hours).
    #[arg(long, value_name = "COURT")]
    pub origin_court: Option<String>,
    /// A day the clerk's office was inaccessible (repeatable; Fed. R. Civ.
    /// P. 6(a)(3)).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub inaccessible: Vec<NaiveDate>,
    /// Any other day the court was closed (repeatable).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub closed: Vec<NaiveDate>,
    /// The matter, for the calendar file's event titles and the CSV.
    #[arg(long, default_value = "", hide_default_value = true)]
    pub matter: String,
    /// The party, where one matter has the same deadline for several
    /// parties (each served on its own date): part of the calendar event's
    /// identity, so each party's event is updated on its own.
    #[arg(long, default_value = "", hide_default_value = true)]
    pub party: String,
    /// Outputs.
    #[command(flatten)]
    pub output: Outputs,
}

/// `docket batch`.
#[derive(Args, Debug)]
pub struct BatchArgs {
    /// The CSV file (the docket file): header `matter,court,deadline,event,trigger,service`
    /// and any of `origin_court`, `party`, `actual`, `served`, `as_of`,
    /// `closed`, `inaccessible`; other columns are kept and echoed.
    pub file: PathBuf,
    /// Print the results as JSON instead of CSV.
    #[arg(long)]
    pub json: bool,
    /// CSV for Excel: a byte-order mark (so "§" and "—" show as written)
    /// and CRLF line ends.
    #[arg(long)]
    pub excel: bool,
    /// Calendar export.
    #[command(flatten)]
    pub export: CalendarExport,
}

/// A trigger as typed: a date, or a local date-time for hour periods.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct When {
    /// The date.
    pub date: NaiveDate,
    /// The local time, if given.
    pub time: Option<NaiveTime>,
}

impl When {
    fn trigger(self) -> Trigger {
        match self.time {
            Some(t) => Trigger::at(self.date.and_time(t)),
            None => Trigger::on(self.date),
        }
    }
}

/// Parses `YYYY-MM-DD`.
/// A date as typed: YYYY-MM-DD, or `today` (this machine's date: the tool
/// reads the clock; the library never does).
pub fn parse_date(s: &str) -> Result<NaiveDate, String> {
    if s.trim().eq_ignore_ascii_case("today") {
        return Ok(chrono::Local::now().date_naive());
    }
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map_err(|_| format!("bad date {s:?}: expected YYYY-MM-DD (e.g. 2026-11-27) or today"))
}

/// Parses `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` (seconds optional).
pub fn parse_when(s: &str) -> Result<When, String> {
    let t = s.trim();
    if t.eq_ignore_ascii_case("today") {
        return Ok(When {
            date: parse_date(t)?,
            time: None,
        });
    }
    for f in ["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M"] {
        if let Ok(dt) = NaiveDateTime::parse_from_str(t, f) {
            return Ok(When {
                date: dt.date(),
                time: Some(dt.time()),
            });
        }
    }
    match NaiveDate::parse_from_str(t, "%Y-%m-%d") {
        Ok(date) => Ok(When { date, time: None }),
        Err(_) => Err(format!(
            "bad date {s:?}: expected YYYY-MM-DD (e.g. 2026-11-27) or today, or YYYY-MM-DDTHH:MM (e.g. 2007-11-02T10:23) for a period in hours"
        )),
    }
}

fn parse_served(s: &str) -> Result<(String, String), String> {
    let (event, method) = s.split_once('=').ok_or_else(|| {
        format!("bad --served {s:?}: expected EVENT=METHOD (e.g. answer-served=mail)")
    })?;
    let event = event.trim();
    let event = event.split_once('.').map_or(event, |(_, e)| e);
    Ok((event.to_owned(), method.trim().to_owned()))
}

fn parse_actual(s: &str) -> Result<(String, NaiveDate), String> {
    let (event, date) = s
        .split_once('=')
        .ok_or_else(|| format!("bad --actual {s:?}: expected EVENT=YYYY-MM-DD"))?;
    let event = event.trim();
    let event = event.split_once('.').map_or(event, |(_, e)| e);
    Ok((event.to_owned(), parse_date(date)?))
}

/// Runs the tool as `main` does: parses `args` (the first is the program
/// name), runs the command, writes its output to `out` and any error to
/// `err`, and returns the exit status: 0 on success, 1 when the command
/// failed, 2 for bad arguments.
pub fn main_with<I, T>(args: I, out: &mut dyn Write, err: &mut dyn Write) -> u8
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let text = e.render().to_string();
            let _ = if e.use_stderr() {
                write!(err, "{text}")
            } else {
                write!(out, "{text}")
            };
            return u8::try_from(e.exit_code()).unwrap_or(2);
        }
    };
    match run(cli, out, err) {
        Ok(()) => 0,
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            1
        }
    }
}

/// Loads the rules the options name.
pub fn load(cli: &Cli) -> Result<RuleBook, String> {
    load_layers(&Layers::of(cli), &[])
}

/// The rule folders the options name.
pub struct Layers {
    pub only: Option<PathBuf>,
    pub dirs: Vec<PathBuf>,
}

impl Layers {
    fn of(cli: &Cli) -> Layers {
        Layers {
            only: cli.only_rules_dir.clone(),
            dirs: cli.rules_dir.clone(),
        }
    }
}

/// Loads the rules the options name, with `more` folders layered last.
pub fn load_layers(cli: &Layers, more: &[PathBuf]) -> Result<RuleBook, String> {
    let mut builder = RuleBook::builder();
    builder = match &cli.only {
        Some(dir) => builder.dir(dir).map_err(|e| e.to_string())?,
        None => builder.bundled(),
    };
    for dir in cli.dirs.iter().chain(more) {
        builder = builder.dir(dir).map_err(|e| e.to_string())?;
    }
    builder.build().map_err(|e| e.to_string())
}

/// Runs one parsed command, writing its output to `out` (and, for
/// `batch`, whose output is data, notes for people to `err`).
///
/// # Errors
///
/// A message for people: an unknown id (with the closest ones), a bad
/// date, a rule file that does not load, or, for `batch`, the rows that
/// could not be computed (the others are written first).
pub fn run(cli: Cli, out: &mut dyn Write, err: &mut dyn Write) -> Result<(), String> {
    let book = load(&cli)?;
    let layers = Layers::of(&cli);
    match cli.command {
        Command::Courts { json } => courts(&book, json, out),
        Command::Deadlines { court, json, as_of } => {
            let as_of = as_of.unwrap_or_else(|| chrono::Local::now().date_naive());
            deadlines(&book, &court, json, as_of, out)
        }
        Command::Compute(args) => compute(&book, *args, out),
        Command::Schedule(args) => schedule(&book, *args, out),
        Command::Holidays { court, year, json } => holidays(&book, &court, year, json, out),
        Command::Events { court, json } => events(&book, &court, json, out),
        Command::Day { court, date } => day(&book, &court, date, out),
        Command::Batch(args) => batch::batch(&book, *args, out, err),
        Command::Due(args) => view::due(&book, *args, out),
        Command::Recheck(args) => view::recheck(&layers, &book, *args, out),
    }
}

fn io(e: std::io::Error) -> String {
    format!("cannot write output: {e}")
}

fn print_json<T: serde::Serialize>(v: &T, out: &mut dyn Write) -> Result<(), String> {
    let text = serde_json::to_string_pretty(v).map_err(|e| e.to_string())?;
    writeln!(out, "{text}").map_err(io)
}

/// The calendars a court counts with (its own, and its state's forward).
fn calendar_list(c: &Court) -> String {
    let mut s = c.calendar_ids().join(", ");
    if !c.forward_only_calendar_ids().is_empty() {
        s.push_str(&format!(
            " (+ {} for periods after an event)",
            c.forward_only_calendar_ids().join(", ")
        ));
    }
    s
}

fn courts(book: &RuleBook, json: bool, out: &mut dyn Write) -> Result<(), String> {
    if json {
        let list: Vec<serde_json::Value> = book
            .courts()
            .map(|c| {
                serde_json::json!({
                    "id": c.id(), "name": c.name(), "citation": c.citation(), "state": c.state(),
                    "time_zone": c.time_zone().name(), "rule_sets": c.rule_set_ids(),
                    "aliases": c.aliases(), "appeals_to": c.appeals_to(),
                    "calendars": c.calendar_ids(), "forward_only_calendars": c.forward_only_calendar_ids(),
                })
            })
            .collect();
        return print_json(&list, out);
    }
    // What the firm's layers replaced or extended, first: an old copy of a
    // bundled file must never silently mask a later correction.
    let changes = book.layer_changes();
    if !changes.is_empty() {
        writeln!(out, "Layered rules:").map_err(io)?;
        for ch in changes {
            writeln!(out, "  {ch}").map_err(io)?;
        }
        writeln!(out).map_err(io)?;
    }
    for c in book.courts() {
        writeln!(
            out,
            "{:<8} {} [{}]\n         {}; rules: {}; calendars: {}",
            c.id(),
            c.name(),
            c.citation().unwrap_or("no citation recorded"),
            c.time_zone().name(),
            c.rule_set_ids().join(", "),
            calendar_list(&c)
        )
        .map_err(io)?;
    }
    Ok(())
}

fn deadlines(
    book: &RuleBook,
    court: &str,
    json: bool,
    as_of: NaiveDate,
    out: &mut dyn Write,
) -> Result<(), String> {
    let c = book.court(court).map_err(|e| e.to_string())?;
    let list = c.deadlines().map_err(|e| e.to_string())?;
    if json {
        let v: Vec<serde_json::Value> = list
            .iter()
            .map(|d| {
                let mut v = match d.combination() {
                    Some((how, parts)) => serde_json::json!({
                        "id": format!("{}.{}", d.rule_set_id(), d.id()), "name": d.name(), "citation": d.citation(),
                        "combine": how, "parts": parts,
                    }),
                    None => serde_json::json!({
                        "id": format!("{}.{}", d.rule_set_id(), d.id()), "name": d.name(), "citation": d.citation(),
                        "period": d.period().to_string(), "direction": d.direction(),
                        "event": d.qualified_event_id(),
                    }),
                };
                if let Some(obj) = v.as_object_mut() {
                    if let Some(n) = d.note() {
                        obj.insert("note".into(), n.into());
                    }
                    let displaces = d.displaces();
                    if !displaces.is_empty() {
                        obj.insert("displaces".into(), displaces.into());
                    }
                    if let Some(by) = d.displaced_by(as_of) {
                        obj.insert("displaced_by".into(), by.into());
                    }
                    obj.insert("local_rules_vary".into(), d.local_rules_vary().into());
                }
                v
            })
            .collect();
        return print_json(&v, out);
    }
    writeln!(out, "{} ({})", c.name(), c.id()).map_err(io)?;
    for d in list {
        let rule = match d.combination() {
            Some((how, parts)) => format!("the {how} of {}", parts.join(", ")),
            None => format!(
                "{} {} {}",
                d.period(),
                d.direction(),
                d.qualified_event_id()
            ),
        };
        writeln!(
            out,
            "{}.{}  {rule}\n    {} [{}]",
            d.rule_set_id(),
            d.id(),
            d.name(),
            d.citation()
        )
        .map_err(io)?;
        for x in d.displaces() {
            writeln!(out, "    replaces {x} in this court").map_err(io)?;
        }
        if let Some(by) = d.displaced_by(as_of) {
            writeln!(out, "    REPLACED in this court by {by} (a local rule)").map_err(io)?;
        }
        if let Some(n) = d.note() {
            writeln!(out, "    note: {n}").map_err(io)?;
        }
    }
    Ok(())
}

fn events(book: &RuleBook, court: &str, json: bool, out: &mut dyn Write) -> Result<(), String> {
    let c = book.court(court).map_err(|e| e.to_string())?;
    let deadlines = c.deadlines().map_err(|e| e.to_string())?;
    let mut list = Vec::new();
    for rs_id in c.rule_set_ids() {
        let rs = book.rule_set(rs_id).map_err(|e| e.to_string())?;
        for (id, name, citation) in rs.events() {
            let qualified = format!("{rs_id}.{id}");
            let n = deadlines
                .iter()
                .filter(|d| d.qualified_event_id() == qualified)
                .count();
            list.push((qualified, name.to_owned(), citation.map(str::to_owned), n));
        }
    }
    if json {
        let v: Vec<serde_json::Value> = list
            .iter()
            .map(|(id, name, citation, n)| {
                serde_json::json!({"id": id, "name": name, "citation": citation, "deadlines": n})
            })
            .collect();
        return print_json(&v, out);
    }
    writeln!(out, "{} ({})", c.name(), c.id()).map_err(io)?;
    for (id, name, citation, n) in list {
        let cite = citation.map(|c| format!(" [{c}]")).unwrap_or_default();
        writeln!(
            out,
            "{id}  ({n} deadline{})\n    {name}{cite}",
            if n == 1 { "" } else { "s" }
        )
        .map_err(io)?;
    }
    Ok(())
}

/// Writes `text` to `path`, or to `out` when the path is `-`.
fn write_file(path: &Path, text: &str, out: &mut dyn Write) -> Result<bool, String> {
    if path.as_os_str() == "-" {
        out.write_all(text.as_bytes()).map_err(io)?;
        return Ok(false);
    }
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(true)
}

/// Writes the calendar file if asked; returns a line for people saying so.
fn export_ics(
    book: &RuleBook,
    export: &CalendarExport,
    items: &[Item],
    out: &mut dyn Write,
) -> Result<Vec<String>, String> {
    let Some(path) = &export.ics else {
        return Ok(Vec::new());
    };
    let reminders: &[u32] = if export.no_reminders {
        &[]
    } else {
        &export.remind
    };
    // A file holding an earlier export is read first, so that its events
    // are updated or cancelled rather than duplicated.
    let previous = if path.as_os_str() == "-" {
        None
    } else {
        std::fs::read_to_string(path).ok()
    };
    let now = export.export_time.unwrap_or_else(chrono::Utc::now);
    let o = ics::IcsOptions {
        reminders,
        now,
        previous: previous.as_deref(),
        rules: book.fingerprint(),
    };
    let r = ics::ics(book, items, &o)?;
    let wrote = write_file(path, &r.text, out)?;
    let mut notes = Vec::new();
    if wrote {
        let n = r.events;
        let mut line = format!(
            "Calendar: {n} event{} written to {}",
            if n == 1 { "" } else { "s" },
            path.display()
        );
        if previous.is_some() {
            line.push_str(&format!(
                " ({} new, {} updated, {} unchanged, {} cancelled)",
                r.new, r.updated, r.unchanged, r.cancelled
            ));
        }
        notes.push(line);
        notes.extend(r.notes.into_iter().map(|n| format!("Calendar: {n}")));
    }
    Ok(notes)
}

/// Writes the HTML report if asked; returns a line for people saying so.
pub fn export_html(
    book: &RuleBook,
    export: &CalendarExport,
    page: html::Page<'_>,
    out: &mut dyn Write,
) -> Result<Vec<String>, String> {
    let Some(path) = &export.html else {
        return Ok(Vec::new());
    };
    let page = html::Page {
        now: export.export_time.unwrap_or_else(chrono::Utc::now),
        rules: book.fingerprint(),
        ..page
    };
    let n = page.rows.len();
    if write_file(path, &html::page(&page), out)? {
        return Ok(vec![format!(
            "Report: {n} deadline{} written to {}",
            if n == 1 { "" } else { "s" },
            path.display()
        )]);
    }
    Ok(Vec::new())
}

/// A report page with nothing but its title, for [`export_html`] to fill.
pub fn report<'a>(title: &'a str, intro: Vec<String>, items: &'a [Item]) -> html::Page<'a> {
    html::Page {
        title,
        intro,
        rows: items.iter().map(|i| ("", i)).collect(),
        sections: Vec::new(),
        errors: Vec::new(),
        now: chrono::DateTime::<chrono::Utc>::MIN_UTC,
        rules: "",
    }
}

fn parse_export_time(s: &str) -> Result<chrono::DateTime<chrono::Utc>, String> {
    chrono::DateTime::parse_from_rfc3339(s.trim())
        .map(|t| t.with_timezone(&chrono::Utc))
        .map_err(|e| format!("expected an RFC 3339 time such as 2026-12-06T09:00:00Z: {e}"))
}

fn csv_text(items: &[Item], excel: bool, audit: &export::Audit) -> Result<String, String> {
    let mut w = batch::csv_writer(excel);
    w.write_record(export::CSV_HEADER)
        .map_err(|e| e.to_string())?;
    for item in items {
        w.write_record(export::csv_record(item, audit))
            .map_err(|e| e.to_string())?;
    }
    let bytes = w.into_inner().map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| e.to_string())
}

fn compute(book: &RuleBook, a: ComputeArgs, out: &mut dyn Write) -> Result<(), String> {
    let c = book.court(&a.court).map_err(|e| e.to_string())?;
    let (when, direction) = match (&a.deadline, a.after, a.before, a.trigger) {
        (Some(_), _, _, Some(t)) => (t, Direction::After),
        (Some(_), _, _, None) => {
            return Err("give the event's date with --trigger DATE".into());
        }
        (None, Some(w), None, None) => (w, Direction::After),
        (None, None, Some(w), None) => (w, Direction::Before),
        _ => {
            return Err(
                "give --deadline ID with --trigger DATE, or --rules RULE_SET --period PERIOD with --after DATE or --before DATE"
                    .into(),
            );
        }
    };
    let mut t = when.trigger();
    if let Some(s) = &a.service {
        t = t.served_by(s.as_str());
    }
    if let Some(d) = a.as_of {
        t = t.as_of(d);
    }
    for d in &a.inaccessible {
        t = t.inaccessible(*d);
    }
    for d in &a.closed {
        t = t.closed(*d);
    }
    for (event, date) in &a.actual {
        t = t.event_on(event.as_str(), *date);
    }
    for (event, method) in &a.served {
        t = t.event_served_by(event.as_str(), method.as_str());
    }
    if let Some(o) = &a.origin_court {
        book.court(o).map_err(|e| e.to_string())?;
        t = t.origin_court(o.as_str());
    }
    let due = match (&a.deadline, &a.rules, &a.period) {
        (Some(id), _, _) => c.compute(id, &t),
        (None, Some(r), Some(p)) => c.compute_period(r, p, direction, &t),
        _ => return Err("give --deadline ID, or --rules RULE_SET with --period PERIOD".into()),
    }
    .map_err(|e| e.to_string())?;
    let items = [Item {
        matter: a.matter.clone(),
        party: a.party.clone(),
        deadline: due,
        assumed: Vec::new(),
    }];
    let mut note = Vec::new();
    if let Some(path) = &a.output.csv {
        let audit = export::Audit::new(
            a.output.export.export_time.unwrap_or_else(chrono::Utc::now),
            book.fingerprint(),
        );
        if write_file(path, &csv_text(&items, a.output.excel, &audit)?, out)? {
            note.push(format!("CSV: 1 deadline written to {}", path.display()));
        }
    }
    note.extend(export_ics(book, &a.output.export, &items, out)?);
    let title = format!("Deadline: {}", items[0].deadline.rule.name);
    note.extend(export_html(
        book,
        &a.output.export,
        report(&title, Vec::new(), &items),
        out,
    )?);
    let due = &items[0].deadline;
    let to_stdout = |p: &Option<PathBuf>| p.as_deref().is_some_and(|p| p.as_os_str() == "-");
    if to_stdout(&a.output.export.ics)
        || to_stdout(&a.output.csv)
        || to_stdout(&a.output.export.html)
    {
        return Ok(());
    }
    if a.output.json {
        return print_json(&with_audit(due, book, &a.output.export)?, out);
    }
    write!(out, "{}", export::with_flags(due.clone())).map_err(io)?;
    for n in note {
        writeln!(out, "{n}").map_err(io)?;
    }
    writeln!(out, "{}", audit_line(book, &a.output.export)).map_err(io)?;
    Ok(())
}

/// The audit line that ends a text output: when it was computed, by which
/// version, with which rule data.
fn audit_line(book: &RuleBook, export: &CalendarExport) -> String {
    let now = export.export_time.unwrap_or_else(chrono::Utc::now);
    format!(
        "Computed {} by court-deadlines {} [rule data {}]",
        now.format("%Y-%m-%d %H:%M UTC"),
        env!("CARGO_PKG_VERSION"),
        book.fingerprint()
    )
}

/// A result as JSON with the audit fields added (`audit`: computed_at,
/// crate_version, rules_fingerprint).
fn with_audit<T: serde::Serialize>(
    v: &T,
    book: &RuleBook,
    export: &CalendarExport,
) -> Result<serde_json::Value, String> {
    let mut v = serde_json::to_value(v).map_err(|e| e.to_string())?;
    if let Some(o) = v.as_object_mut() {
        let audit = export::Audit::new(
            export.export_time.unwrap_or_else(chrono::Utc::now),
            book.fingerprint(),
        );
        o.insert("audit".into(), audit.json());
    }
    Ok(v)
}

fn schedule(book: &RuleBook, a: ScheduleArgs, out: &mut dyn Write) -> Result<(), String> {
    let c = book.court(&a.court).map_err(|e| e.to_string())?;
    let mut t = Trigger::on(a.date);
    if let Some(s) = &a.service {
        t = t.served_by(s.as_str());
    }
    if let Some(d) = a.as_of {
        t = t.as_of(d);
    }
    for (event, date) in &a.actual {
        t = t.event_on(event.as_str(), *date);
    }
    for (event, method) in &a.served {
        t = t.event_served_by(event.as_str(), method.as_str());
    }
    if let Some(o) = &a.origin_court {
        t = t.origin_court(o.as_str());
    }
    for d in &a.closed {
        t = t.closed(*d);
    }
    for d in &a.inaccessible {
        t = t.inaccessible(*d);
    }
    let s = c.schedule(&a.event, &t).map_err(|e| e.to_string())?;
    let items: Vec<Item> = s
        .entries
        .iter()
        .map(|e| Item {
            matter: a.matter.clone(),
            party: a.party.clone(),
            deadline: e.deadline.clone(),
            assumed: e.assumed.clone(),
        })
        .collect();
    let mut notes = Vec::new();
    let to_stdout = |p: &Option<PathBuf>| p.as_deref().is_some_and(|p| p.as_os_str() == "-");
    if let Some(path) = &a.output.csv {
        let audit = export::Audit::new(
            a.output.export.export_time.unwrap_or_else(chrono::Utc::now),
            book.fingerprint(),
        );
        if write_file(path, &csv_text(&items, a.output.excel, &audit)?, out)? {
            notes.push(format!(
                "CSV: {} deadline{} written to {}",
                items.len(),
                if items.len() == 1 { "" } else { "s" },
                path.display()
            ));
        }
    }
    notes.extend(export_ics(book, &a.output.export, &items, out)?);
    let title = if a.matter.is_empty() {
        format!("Schedule: {}", s.event_name)
    } else {
        format!("Schedule: {}", a.matter)
    };
    let intro = vec![format!(
        "{} on {} in {} ({}).",
        s.event_name,
        s.date.format("%A, %B %-d, %Y"),
        c.name(),
        c.id()
    )];
    notes.extend(export_html(
        book,
        &a.output.export,
        report(&title, intro, &items),
        out,
    )?);
    if to_stdout(&a.output.csv)
        || to_stdout(&a.output.export.ics)
        || to_stdout(&a.output.export.html)
    {
        return Ok(());
    }
    if a.output.json {
        return print_json(&with_audit(&s, book, &a.output.export)?, out);
    }
    writeln!(
        out,
        "{} on {} in {} ({})",
        s.event_name,
        s.date.format("%A, %B %-d, %Y"),
        c.name(),
        c.id()
    )
    .map_err(io)?;
    let mut warnings: Vec<String> = Vec::new();
    let mut coverage: Option<String> = None;
    for e in &s.entries {
        let d = &e.deadline;
        writeln!(
            out,
            "{} {}  {}  [{}]",
            d.date.format("%a"),
            d.date,
            d.rule.name,
            export::deadline_id(d)
        )
        .map_err(io)?;
        for a in &e.assumed {
            writeln!(out, "            assumed: {a}").map_err(io)?;
        }
        if *d.court != *c.id() {
            writeln!(
                out,
                "            filed here; counted as the court of appeals counts it (`docket compute --court {} --origin-court {} ...`)",
                d.court,
                c.id()
            )
            .map_err(io)?;
        }
        if let Some(t) = &d.rule.tolls {
            let cite = t.citation.split(':').next().unwrap_or_default();
            writeln!(
                out,
                "            filed in time, it suspends {} ({cite})",
                t.deadline
            )
            .map_err(io)?;
        }
        for x in &d.rule.displaces {
            writeln!(
                out,
                "            replaces {} in this court ({})",
                x.deadline,
                x.citation.split(':').next().unwrap_or_default()
            )
            .map_err(io)?;
        }
        for w in &export::with_flags(d.clone()).warnings {
            // Coverage: one line, the latest deadline's (it reaches furthest).
            if w.code == WarningCode::BeyondVerifiedCoverage {
                coverage = Some(w.message.clone());
            } else if !warnings.contains(&w.message) {
                warnings.push(w.message.clone());
            }
        }
    }
    if let Some(c) = coverage {
        warnings.insert(0, c);
    }
    for w in warnings {
        writeln!(out, "Warning: {w}").map_err(io)?;
    }
    writeln!(
        out,
        "(`docket compute --court {} --deadline <id> --trigger <date>` explains any of them)",
        c.id()
    )
    .map_err(io)?;
    for n in notes {
        writeln!(out, "{n}").map_err(io)?;
    }
    writeln!(out, "{}", audit_line(book, &a.output.export)).map_err(io)?;
    Ok(())
}

fn holidays(
    book: &RuleBook,
    court: &str,
    year: i32,
    json: bool,
    out: &mut dyn Write,
) -> Result<(), String> {
    let c = book.court(court).map_err(|e| e.to_string())?;
    let mut ids: Vec<&String> = c.calendar_ids().iter().collect();
    ids.extend(c.forward_only_calendar_ids());
    let mut lists = Vec::new();
    for id in ids {
        let cal = book.calendar(id).map_err(|e| e.to_string())?;
        let forward = c.forward_only_calendar_ids().contains(id);
        lists.push((id, forward, cal.holidays(year).map_err(|e| e.to_string())?));
    }
    if json {
        let v: Vec<serde_json::Value> = lists
            .iter()
            .map(|(id, forward, hs)| {
                serde_json::json!({"calendar": id, "forward_only": forward, "holidays": hs})
            })
            .collect();
        return print_json(&v, out);
    }
    writeln!(out, "{} ({}) — {}", c.name(), c.id(), calendar_list(&c)).map_err(io)?;
    for (id, forward, hs) in lists {
        let scope = if forward {
            " (counts only for periods after an event)"
        } else {
            ""
        };
        let cal = book.calendar(id).map_err(|e| e.to_string())?;
        writeln!(out, "\n{id}{scope}: {}", cal.name()).map_err(io)?;
        for h in hs {
            let mut line = format!("  {}  {:<9}  {}", h.date, h.date.format("%A"), h.name);
            if h.is_observed_elsewhere() {
                line.push_str(&format!(
                    " (observed; falls on {})",
                    h.actual.format("%A, %B %-d")
                ));
            }
            if h.court_open {
                line.push_str(if forward {
                    " — a legal holiday on which the state's courts stay open: not a closed day (a reading counts it)"
                } else {
                    " — a legal holiday on which the courts sit: not a closed day (the court's rules decide whether a period may end on it)"
                });
            }
            writeln!(out, "{line}  [{}]", h.citation).map_err(io)?;
        }
        if let Some(w) = coverage_note(cal, year) {
            writeln!(out, "  note: {w}").map_err(io)?;
        }
    }
    Ok(())
}

/// Says when a year lies outside a calendar's verified coverage.
fn coverage_note(cal: &court_deadlines::Calendar, year: i32) -> Option<String> {
    let first = NaiveDate::from_ymd_opt(year, 1, 1)?;
    let last = NaiveDate::from_ymd_opt(year, 12, 31)?;
    coverage_note_span(cal, first, last)
}

/// Says when a span of days lies outside a calendar's verified coverage.
fn coverage_note_span(
    cal: &court_deadlines::Calendar,
    first: NaiveDate,
    last: NaiveDate,
) -> Option<String> {
    let cov = cal.coverage();
    if first < cov.valid_from {
        Some(format!(
            "{} encodes holiday history only from {}: dates before it follow the rules as later written",
            cal.id(),
            cov.valid_from
        ))
    } else if last > cov.verified_through {
        Some(format!(
            "{} was checked against official lists and orders only through {}: one-off closures after it are unknown",
            cal.id(),
            cov.verified_through
        ))
    } else {
        None
    }
}

fn day(book: &RuleBook, court: &str, d: NaiveDate, out: &mut dyn Write) -> Result<(), String> {
    let c = book.court(court).map_err(|e| e.to_string())?;
    let long = d.format("%A, %B %-d, %Y");
    let mut own = Vec::new();
    let mut state = Vec::new();
    let mut open_holidays = Vec::new();
    let mut own_open = Vec::new();
    let mut notes = Vec::new();
    for id in c.calendar_ids() {
        let cal = book.calendar(id).map_err(|e| e.to_string())?;
        own.extend(cal.why_closed(d).map_err(|e| e.to_string())?);
        own_open.extend(cal.declared_open_holidays(d).map_err(|e| e.to_string())?);
        notes.extend(coverage_note_span(cal, d, d));
    }
    for id in c.forward_only_calendar_ids() {
        let cal = book.calendar(id).map_err(|e| e.to_string())?;
        state.extend(cal.why_closed(d).map_err(|e| e.to_string())?);
        open_holidays.extend(cal.declared_open_holidays(d).map_err(|e| e.to_string())?);
        notes.extend(coverage_note_span(cal, d, d));
    }
    if own.is_empty() {
        writeln!(out, "{} is open on {long}.", c.id()).map_err(io)?;
    } else {
        writeln!(out, "{} is closed on {long}:", c.id()).map_err(io)?;
        for r in &own {
            writeln!(out, "  {r}").map_err(io)?;
        }
    }
    if !state.is_empty() {
        writeln!(
            out,
            "State holiday (it counts only for periods measured after an event):"
        )
        .map_err(io)?;
        for r in &state {
            writeln!(out, "  {r}").map_err(io)?;
        }
    }
    if !open_holidays.is_empty() {
        writeln!(
            out,
            "A state legal holiday on which the state's courts stay open (an ordinary day by default; the reading state-open-holidays-counted counts it for periods after an event):"
        )
        .map_err(io)?;
        for r in &open_holidays {
            writeln!(out, "  {r}").map_err(io)?;
        }
    }
    if !own_open.is_empty() && own.is_empty() {
        writeln!(
            out,
            "A legal holiday on which the court sits (its rules decide whether a period may end on it):"
        )
        .map_err(io)?;
        for r in &own_open {
            writeln!(out, "  {r}").map_err(io)?;
        }
    }
    writeln!(out, "Calendars consulted: {}", calendar_list(&c)).map_err(io)?;
    // A court that counts no calendar of its state at all (neither its own
    // calendars nor those counted after an event): say so.
    let state_prefix = c
        .state()
        .map(|s| format!("us-{}", s.to_ascii_lowercase()))
        .unwrap_or_default();
    let has_state_calendar = c
        .calendar_ids()
        .iter()
        .chain(c.forward_only_calendar_ids())
        .any(|id| *id == state_prefix || id.starts_with(&format!("{state_prefix}-")));
    if c.state().is_some() && !has_state_calendar {
        writeln!(
            out,
            "note: no calendar of {} holidays is bundled; days declared a holiday by that state are not known here",
            c.state().unwrap_or_default()
        )
        .map_err(io)?;
    }
    for n in notes {
        writeln!(out, "note: {n}").map_err(io)?;
    }
    Ok(())
}
