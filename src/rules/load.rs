//! Loading: layers of files, kind detection, cross-file references, and
//! the compiled, fully resolved model.

use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::Arc;

use super::calendar_file::{CalendarDef, check_includes, compile, validate};
use super::court_file::{CourtEntry, ParsedCourt, RefKind, courts};
use super::layers::{LayerChange, Origins};
use super::limits::MAX_FILE_BYTES;
use super::model::{CalendarSet, CourtDef, RuleSet, RuleSetCell};
use super::rule_set_file::{is_supplement, rule_set};
use super::schema::{CalendarFile, CourtsFile, RuleSetFile};
use super::sets::calendar_set;
use super::source::{SourceFile, toml_error, typed};
use crate::calendar::Calendar;
use crate::error::{Error, ErrorKind, Result};
use crate::text::suggest;

/// Everything loaded: compiled calendars, rule sets, courts, and the merged
/// calendar sets courts count with.
#[derive(Debug, Clone, Default)]
pub(crate) struct Loaded {
    pub(crate) calendars: BTreeMap<String, Arc<Calendar>>,
    pub(crate) rule_sets: BTreeMap<String, Arc<RuleSetCell>>,
    pub(crate) courts: BTreeMap<String, Arc<CourtDef>>,
    /// What later layers replaced or extended.
    pub(crate) changes: Vec<LayerChange>,
    /// Courts by normalized id and alias (see `text::court_key`).
    pub(crate) court_keys: BTreeMap<String, String>,
    /// Every file loaded, in load order (for the fingerprint).
    pub(crate) files: Vec<SourceFile>,
    /// A hash of every file's name and text, computed on first use.
    pub(crate) fingerprint: std::sync::OnceLock<String>,
}

/// What one file defines.
pub(super) enum Parsed {
    Calendar(Box<CalendarDef>),
    RuleSet(Box<RuleSet>, Range<usize>),
    /// A bundled rule set, parsed on first use: its id (the file's stem).
    LazyRuleSet(String),
    /// A caller's rule set that supplements another: parsed once every
    /// layer is loaded (the rule set it supplements may come later).
    Supplement(String, Range<usize>),
    Courts(Vec<CourtEntry>),
}

/// Parses `files` (whose first has index `base`), in parallel when there
/// are enough of them and the machine has more than one core; the results
/// are in file order, so that errors are reported as a sequential load
/// would report them. Threads that cannot be started leave their files to
/// be parsed here.
fn parse_all(files: &[SourceFile], base: usize) -> Vec<Result<Parsed>> {
    const MIN_FILES: usize = 16;
    let threads = std::thread::available_parallelism()
        .map_or(1, std::num::NonZeroUsize::get)
        .min(8);
    let sequential = |k: usize| -> Vec<(usize, Result<Parsed>)> {
        files
            .iter()
            .enumerate()
            .skip(k)
            .step_by(threads.max(1))
            .map(|(i, f)| (i, parse_file(f, base + i)))
            .collect()
    };
    if threads < 2 || files.len() < MIN_FILES {
        return files
            .iter()
            .enumerate()
            .map(|(i, f)| parse_file(f, base + i))
            .collect();
    }
    let mut tagged: Vec<(usize, Result<Parsed>)> = std::thread::scope(|s| {
        // Thread k parses files k, k + threads, k + 2·threads, … (rule files
        // differ in size; interleaving spreads the large ones).
        let handles: Vec<_> = (1..threads)
            .map(|k| {
                let h = std::thread::Builder::new()
                    .name("court-deadlines-load".to_owned())
                    .spawn_scoped(s, move || sequential(k));
                (k, h)
            })
            .collect();
        let mut out = sequential(0);
        for (k, h) in handles {
            // A thread that could not start, or that panicked (a bug: parsing
            // again here reports it), leaves its files to this thread.
            match h.ok().map(|h| h.join()) {
                Some(Ok(part)) => out.extend(part),
                _ => out.extend(sequential(k)),
            }
        }
        out
    });
    tagged.sort_by_key(|(i, _)| *i);
    tagged.into_iter().map(|(_, r)| r).collect()
}

/// Loads layers of files; a definition in a later layer replaces one with
/// the same id in an earlier layer, and within a layer an id may be
/// defined once.
pub(crate) fn load(layers: Vec<Vec<SourceFile>>) -> Result<Loaded> {
    let mut files: Vec<SourceFile> = Vec::new();
    let mut defs: BTreeMap<String, CalendarDef> = BTreeMap::new();
    let mut rule_sets: BTreeMap<String, RuleSetCell> = BTreeMap::new();
    let mut courts: BTreeMap<String, (ParsedCourt, usize)> = BTreeMap::new();
    let mut supplements: Vec<String> = Vec::new();
    let mut origins = Origins::default();
    // (file index, references) of court patches, checked once all is loaded.
    let mut patch_refs: Vec<(usize, Refs)> = Vec::new();
    for (layer_no, layer) in layers.into_iter().enumerate() {
        // (kind, id) -> file index, for duplicates within the layer.
        let mut seen: BTreeMap<(&'static str, String), usize> = BTreeMap::new();
        let base = files.len();
        files.extend(layer);
        let parsed = parse_all(files.get(base..).unwrap_or_default(), base);
        for (idx, result) in (base..).zip(parsed) {
            let Some(file) = files.get(idx) else { continue };
            let mut claim = |kind: &'static str, id: &str, span: Range<usize>| -> Result<()> {
                if let Some(&first) = seen.get(&(kind, id.to_owned())) {
                    let other = files.get(first).map_or("?", |f| f.name.as_str());
                    return Err(file.err(
                        ErrorKind::Duplicate,
                        format!("{kind} id {id:?} is already defined in {other}"),
                        span,
                    ));
                }
                seen.insert((kind, id.to_owned()), idx);
                Ok(())
            };
            match result? {
                Parsed::Calendar(def) => {
                    claim("calendar", &def.id, def.id_span.clone())?;
                    origins.define(&files, layer_no, "calendar", &def.id, idx);
                    defs.insert(def.id.clone(), *def);
                }
                Parsed::RuleSet(rs, span) => {
                    claim("rule set", &rs.id, span)?;
                    origins.define(&files, layer_no, "rule set", &rs.id, idx);
                    rule_sets.insert(rs.id.to_string(), RuleSetCell::ready(*rs));
                }
                Parsed::LazyRuleSet(id) => {
                    claim("rule set", &id, 0..0)?;
                    origins.define(&files, layer_no, "rule set", &id, idx);
                    let cell = RuleSetCell::lazy(&id, file.clone());
                    rule_sets.insert(id, cell);
                }
                Parsed::Supplement(id, span) => {
                    claim("rule set", &id, span)?;
                    origins.define(&files, layer_no, "rule set", &id, idx);
                    let cell = RuleSetCell::lazy(&id, file.clone());
                    rule_sets.insert(id.clone(), cell);
                    supplements.push(id);
                }
                Parsed::Courts(list) => {
                    for entry in list {
                        match entry {
                            CourtEntry::Court(c) => {
                                claim("court", &c.def.id, c.id_span.clone())?;
                                origins.define(&files, layer_no, "court", &c.def.id, idx);
                                courts.insert(c.def.id.to_string(), (c, idx));
                            }
                            CourtEntry::Patch(p) => {
                                claim("court patch", &p.id, p.id_span.clone())?;
                                let Some((c, _)) = courts.get_mut(&p.id) else {
                                    return Err(file.err(
                                        ErrorKind::Reference,
                                        format!(
                                            "court patch for {:?}, which no earlier file defines (`extends = true` adds to a court of an earlier layer){}",
                                            p.id,
                                            suggest(&p.id, courts.keys().map(String::as_str))
                                        ),
                                        p.id_span.clone(),
                                    ));
                                };
                                apply_patch(&mut c.def, &p);
                                origins.extended(&files, &p, idx);
                                patch_refs.push((idx, p.refs));
                            }
                        }
                    }
                }
            }
        }
    }
    check_includes(&files, &defs)?;
    let mut calendars = BTreeMap::new();
    for def in defs.values() {
        let cal = compile(&files, &defs, def)?;
        calendars.insert(def.id.clone(), Arc::new(cal));
    }
    let rule_sets: BTreeMap<String, Arc<RuleSetCell>> = rule_sets
        .into_iter()
        .map(|(k, v)| (k, Arc::new(v)))
        .collect();
    // A caller's supplements are validated now, like the rest of their files.
    for id in &supplements {
        if let Some(cell) = rule_sets.get(id) {
            cell.get(&rule_sets)?;
        }
    }
    let mut sets: Vec<Arc<CalendarSet>> = Vec::new();
    let mut out_courts = BTreeMap::new();
    let court_ids: Vec<String> = courts.keys().cloned().collect();
    let mut court_keys: BTreeMap<String, String> = BTreeMap::new();
    for (idx, refs) in &patch_refs {
        if let Some(file) = files.get(*idx) {
            check_refs(file, refs, &rule_sets, &calendars, &court_ids)?;
        }
    }
    for (id, (parsed, idx)) in courts {
        let file = files
            .get(idx)
            .ok_or_else(|| Error::new(ErrorKind::Io, "internal: file index out of range"))?;
        check_refs(file, &parsed.refs, &rule_sets, &calendars, &court_ids)?;
        add_court_keys(&mut court_keys, file, &parsed)?;
        let info = parsed.def;
        let base_set = calendar_set(&mut sets, &calendars, &info.calendars, &[]);
        let mut all = info.calendars.clone();
        all.extend(info.forward_only.iter().cloned());
        let state_set = calendar_set(&mut sets, &calendars, &all, &info.forward_only);
        // Every reference was checked above, so each rule set resolves.
        let rule_set_defs = info
            .rule_sets
            .iter()
            .filter_map(|r| rule_sets.get(r).cloned())
            .collect();
        out_courts.insert(
            id,
            Arc::new(CourtDef {
                info,
                base_set,
                state_set,
                rule_set_defs,
            }),
        );
    }
    Ok(Loaded {
        calendars,
        rule_sets,
        court_keys,
        courts: out_courts,
        changes: origins.changes,
        files,
        fingerprint: std::sync::OnceLock::new(),
    })
}

/// A hash of every file's name and text, in load order: two 64-bit FNV-1a
/// hashes with different offsets, as 32 hex digits. It tells whether the
/// rule data changed between two computations; it is not a cryptographic
/// hash.
pub(crate) fn fingerprint(files: &[SourceFile]) -> String {
    let mut a: u64 = 0xcbf2_9ce4_8422_2325;
    let mut b: u64 = 0x6c62_272e_07bb_0142;
    let mut eat = |bytes: &[u8]| {
        for &x in bytes {
            a = (a ^ u64::from(x)).wrapping_mul(0x0000_0100_0000_01b3);
            b = (b ^ u64::from(x))
                .wrapping_mul(0x0000_0100_0000_01b3)
                .rotate_left(5);
        }
    };
    for f in files {
        eat(f.name.as_bytes());
        eat(&[0x1f]);
        eat(f.text.as_bytes());
        eat(&[0x1e]);
    }
    format!("{a:016x}{b:016x}")
}

/// A court's (or a court patch's) references, with their spans.
type Refs = Vec<(RefKind, String, Range<usize>)>;

/// Adds a patch's rule sets and calendars to a court (each once), and its
/// note to the court's.
fn apply_patch(def: &mut super::model::CourtInfo, p: &super::court_file::ParsedPatch) {
    for (to, from) in [
        (&mut def.rule_sets, &p.add_rule_sets),
        (&mut def.calendars, &p.add_calendars),
        (&mut def.forward_only, &p.add_forward_only),
    ] {
        for x in from {
            if !to.contains(x) {
                to.push(x.clone());
            }
        }
    }
    if let Some(n) = &p.note {
        def.note = Some(match def.note.take() {
            Some(old) => format!("{old} {n}"),
            None => n.clone(),
        });
    }
}

/// A court's references to rule sets and calendars all exist.
fn check_refs(
    file: &SourceFile,
    refs: &Refs,
    rule_sets: &BTreeMap<String, Arc<RuleSetCell>>,
    calendars: &BTreeMap<String, Arc<Calendar>>,
    courts: &[String],
) -> Result<()> {
    for (kind, name, span) in refs {
        let (exists, what) = match kind {
            RefKind::RuleSet => (rule_sets.contains_key(name), "rule set"),
            RefKind::Calendar => (calendars.contains_key(name), "calendar"),
            RefKind::Court => (courts.iter().any(|c| c == name), "court"),
        };
        if !exists {
            let known: Vec<&str> = match kind {
                RefKind::RuleSet => rule_sets.keys().map(String::as_str).collect(),
                RefKind::Calendar => calendars.keys().map(String::as_str).collect(),
                RefKind::Court => courts.iter().map(String::as_str).collect(),
            };
            return Err(file.err(
                ErrorKind::Reference,
                format!(
                    "unknown {what} {name:?}{}",
                    suggest(name, known.into_iter())
                ),
                span.clone(),
            ));
        }
    }
    Ok(())
}

/// The kind of a rule file when its table headers name exactly one kind
/// (`[calendar]`, `[rule_set]` or `[court.<id>]` at the start of a line).
/// `None` when they name none or several: the caller then parses the whole
/// file to decide, and to report the error precisely.
pub(super) fn kind_from_headers(text: &str) -> Option<&'static str> {
    let mut found: Option<&'static str> = None;
    for line in text.lines() {
        let line = line.trim_start();
        let kind = if line.starts_with("[calendar]") {
            "calendar"
        } else if line.starts_with("[rule_set]") || line.starts_with("[rule_set.") {
            "rule_set"
        } else if line.starts_with("[court.") {
            "court"
        } else {
            continue;
        };
        match found {
            None => found = Some(kind),
            Some(k) if k == kind => {}
            Some(_) => return None,
        }
    }
    found
}

/// Parses and validates one file.
pub(super) fn parse_file(file: &SourceFile, idx: usize) -> Result<Parsed> {
    // The bundled rules' texts are kept once for the process.
    let _bundled = crate::text::ReadingBundled::new(file.trusted);
    if file.text.len() > MAX_FILE_BYTES {
        return Err(Error::in_file(
            ErrorKind::Invalid,
            format!(
                "file is {} bytes; rule files may be at most {MAX_FILE_BYTES} bytes",
                file.text.len()
            ),
            &file.name,
        ));
    }
    // The kind of file, from its table headers when they say it plainly
    // (one parse instead of two); otherwise from a full parse, which also
    // gives the precise error.
    let kinds = ["calendar", "rule_set", "court"];
    let (present, empty): (Vec<&str>, bool) = match kind_from_headers(&file.text) {
        Some(kind) => (vec![kind], false),
        None => {
            let table: toml::Table =
                toml::from_str(&file.text).map_err(|e| toml_error(file, ErrorKind::Syntax, &e))?;
            let present = kinds
                .iter()
                .copied()
                .filter(|k| table.contains_key(*k))
                .collect();
            (present, table.is_empty())
        }
    };
    match present.as_slice() {
        // A bundled rule set is parsed the first time it is needed (the
        // crate's tests load every one); its id is its file's stem.
        ["rule_set"] if file.trusted && file.stem().is_some() => Ok(Parsed::LazyRuleSet(
            file.stem().unwrap_or_default().to_owned(),
        )),
        ["calendar"] => {
            let parsed: CalendarFile = typed(file)?;
            Ok(Parsed::Calendar(Box::new(validate(file, idx, parsed)?)))
        }
        ["rule_set"] => {
            let parsed: RuleSetFile = typed(file)?;
            if is_supplement(&parsed) {
                let id = parsed.rule_set.get_ref().id.get_ref().clone();
                return Ok(Parsed::Supplement(id, parsed.rule_set.get_ref().id.span()));
            }
            let (rs, span) = rule_set(file, parsed, None)?;
            Ok(Parsed::RuleSet(Box::new(rs), span))
        }
        ["court"] => {
            let parsed: CourtsFile = typed(file)?;
            Ok(Parsed::Courts(courts(file, parsed)?))
        }
        [] => {
            let what = if empty {
                "empty rule file"
            } else {
                "unknown kind of rule file"
            };
            Err(Error::in_file(
                ErrorKind::Schema,
                format!(
                    "{what} (expected a calendar file with [calendar], a rule-set file with [rule_set], or a courts file with [court.<id>] tables; see rules/README.md)"
                ),
                &file.name,
            ))
        }
        _ => Err(Error::in_file(
            ErrorKind::Schema,
            format!(
                "one file defines {} (a file is a calendar, a rule set or a courts file: split it)",
                present.join(" and ")
            ),
            &file.name,
        )),
    }
}

/// Adds a court's normalized id and aliases to `keys`. Two courts
/// answering to the same key is an error: a typed name must never pick one
/// silently.
fn add_court_keys(
    keys: &mut BTreeMap<String, String>,
    file: &SourceFile,
    parsed: &ParsedCourt,
) -> Result<()> {
    let id = parsed.def.id.to_string();
    for name in std::iter::once(&id).chain(parsed.def.aliases.iter()) {
        let key = crate::text::court_key(name);
        if key.is_empty() {
            continue;
        }
        match keys.get(&key) {
            Some(other) if *other != id => {
                return Err(file.err(
                    ErrorKind::Duplicate,
                    format!("courts {other:?} and {id:?} both answer to {name:?}: give each court distinct aliases"),
                    parsed.id_span.clone(),
                ));
            }
            _ => {
                keys.insert(key, id.clone());
            }
        }
    }
    Ok(())
}
