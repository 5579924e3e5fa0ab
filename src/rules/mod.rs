//! The rule book: every rule file loaded, validated and compiled.

mod calendar_file;
mod court_file;
mod history;
mod layers;
pub use layers::{ChangeKind, LayerChange};
mod limits;
pub(crate) mod load;
pub(crate) mod model;
mod rule_parts;
mod rule_set_file;
mod schema;
mod sets;
mod source;

use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::calendar::Calendar;
use crate::error::{Error, ErrorKind, Result};
use source::SourceFile;

pub use limits::{
    MAX_CLOSURE_DAYS, MAX_CLOSURES_PER_FILE, MAX_FILE_BYTES, MAX_FILES, MAX_HISTORY,
    MAX_HOLIDAYS_PER_FILE, MAX_ITEMS_PER_FILE,
};

mod bundled {
    include!(concat!(env!("OUT_DIR"), "/bundled_rules.rs"));
}

/// Everything loaded from rule files: compiled calendars (and, as the
/// engine grows, rule sets and courts), with every reference resolved.
///
/// Build one with [`RuleBook::bundled`], [`RuleBook::from_dir`],
/// [`RuleBook::from_toml_str`], or [`RuleBook::builder`] to layer a firm's
/// own files over the bundled ones. Loading does all the work; queries
/// afterwards never re-read TOML.
///
/// # Example
///
/// ```
/// use court_deadlines::RuleBook;
///
/// let book = RuleBook::bundled()?;
/// assert!(book.calendar("us-federal").is_ok());
/// assert!(book.calendars().any(|c| c.id() == "us-ca"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// A `RuleBook` is a shared, immutable value: cloning it is a
/// reference-count increment, it is `Send + Sync`, and the [`Court`] and
/// [`DeadlineRef`] handles it gives out hold their own reference to it, so
/// they outlive the borrow they came from. To swap rules in a running
/// service, build a new book and replace the old one; handles taken from
/// the old book keep answering from it.
///
/// [`Court`]: crate::Court
/// [`DeadlineRef`]: crate::DeadlineRef
#[derive(Debug, Clone)]
pub struct RuleBook {
    pub(crate) loaded: Arc<load::Loaded>,
}

impl RuleBook {
    /// The rules bundled with the crate (the `rules/` tree, embedded at
    /// compile time).
    ///
    /// # Errors
    ///
    /// None in a released crate (the bundled files are tested); the
    /// `Result` is there because loading is validation.
    pub fn bundled() -> Result<RuleBook> {
        RuleBook::builder().bundled().build()
    }

    /// Loads every `*.toml` file under `dir` (recursively, in name order,
    /// skipping hidden files and folders) instead of the bundled rules.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Io`] if the directory or a file cannot be read; any
    /// load error of the files themselves, located.
    pub fn from_dir(dir: impl AsRef<Path>) -> Result<RuleBook> {
        RuleBook::builder().dir(dir)?.build()
    }

    /// Loads a single rule file from its text. `name` is used in error
    /// messages and, when it ends in `.toml`, must match the id it defines.
    ///
    /// # Errors
    ///
    /// Any load error, located in `name`.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use court_deadlines::RuleBook;
    ///
    /// let book = RuleBook::from_toml_str("firm-closures.toml", r#"
    /// [calendar]
    /// id = "firm-closures"
    /// name = "Firm calendar"
    /// citation = "Firm policy memo 2026-01"
    /// weekend = ["saturday", "sunday"]
    /// valid_from = 2026-01-01
    /// verified_through = 2026-12-31
    ///
    /// [[holiday]]
    /// name = "Founders' Day"
    /// on = "second friday of june"
    /// citation = "Firm policy memo 2026-01, § 2"
    /// "#)?;
    /// let cal = book.calendar("firm-closures")?;
    /// assert!(!cal.is_court_day(NaiveDate::from_ymd_opt(2026, 6, 12).unwrap())?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_toml_str(name: &str, text: &str) -> Result<RuleBook> {
        RuleBook::builder().toml_str(name, text).build()
    }

    /// A builder for layering sources: each call adds a layer, and a
    /// definition in a later layer replaces the one with the same id in an
    /// earlier layer (within one layer, a repeated id is an error).
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use court_deadlines::RuleBook;
    ///
    /// // The bundled rules, plus a firm's own calendar that includes the
    /// // federal one and adds a local closure.
    /// let book = RuleBook::builder()
    ///     .bundled()
    ///     .toml_str("cand-local.toml", r#"
    /// [calendar]
    /// id = "cand-local"
    /// name = "N.D. Cal. with local closures"
    /// citation = "General Order (example)"
    /// weekend = []
    /// include = ["us-federal"]
    /// valid_from = 2026-01-01
    /// verified_through = 2026-12-31
    ///
    /// [[closure]]
    /// date = 2026-02-10
    /// name = "Courthouse closed (power outage)"
    /// kind = "emergency"
    /// citation = "Clerk's notice of 2026-02-10 (example)"
    /// "#)
    ///     .build()?;
    /// let cal = book.calendar("cand-local")?;
    /// assert!(!cal.is_court_day(NaiveDate::from_ymd_opt(2026, 2, 10).unwrap())?);
    /// assert!(!cal.is_court_day(NaiveDate::from_ymd_opt(2026, 12, 25).unwrap())?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn builder() -> RuleBookBuilder {
        RuleBookBuilder { layers: Vec::new() }
    }

    /// A calendar by id.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::NotFound`], suggesting the closest ids.
    pub fn calendar(&self, id: &str) -> Result<&Calendar> {
        match self.loaded.calendars.get(id) {
            Some(c) => Ok(c),
            None => {
                let loaded = Arc::clone(&self.loaded);
                Err(Error::lazy(
                    ErrorKind::NotFound,
                    format!("no calendar {id:?}"),
                    id,
                    move || loaded.calendars.keys().cloned().collect(),
                ))
            }
        }
    }

    /// Every calendar, in id order.
    pub fn calendars(&self) -> impl Iterator<Item = &Calendar> {
        self.loaded.calendars.values().map(|c| &**c)
    }

    /// What later layers of rule files replaced or extended in earlier
    /// ones: a firm's copy of a bundled file that replaces it, a court
    /// patch (`extends = true`) that adds a judge's rule set. Empty for the
    /// bundled rules alone. Show it wherever a firm's rules are layered, so
    /// that an old copy never silently masks a later correction.
    ///
    /// # Example
    ///
    /// ```
    /// use court_deadlines::RuleBook;
    ///
    /// let patch = r#"
    /// [court.cand]
    /// extends = true
    /// add_calendars = ["us-ca"]
    /// note = "Firm practice: count California's holidays in both directions."
    /// "#;
    /// let book = RuleBook::builder().bundled().toml_str("firm/courts.toml", patch).build()?;
    /// let changes = book.layer_changes();
    /// assert_eq!(changes.len(), 1);
    /// assert_eq!(
    ///     changes[0].to_string(),
    ///     "court cand (defined in rules/us/federal/courts.toml) is extended by firm/courts.toml: adds calendars us-ca"
    /// );
    /// assert!(book.court("cand")?.calendar_ids().contains(&"us-ca".to_string()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn layer_changes(&self) -> &[LayerChange] {
        &self.loaded.changes
    }

    /// A fingerprint of the rule data: a hash of the name and text of every
    /// file loaded, layers included, in load order (32 hex digits). Record
    /// it with each computed deadline: the same fingerprint means the same
    /// rule data, so a later recomputation that differs was caused by the
    /// inputs. (It detects changes; it is not a cryptographic hash.)
    ///
    /// # Example
    ///
    /// ```
    /// use court_deadlines::RuleBook;
    ///
    /// let bundled = RuleBook::bundled()?;
    /// let firm = RuleBook::builder()
    ///     .bundled()
    ///     .toml_str("firm/courts.toml", "[court.cand]\nextends = true\nadd_calendars = [\"us-ca\"]\n")
    ///     .build()?;
    /// assert_eq!(bundled.fingerprint().len(), 32);
    /// assert_eq!(bundled.fingerprint(), RuleBook::bundled()?.fingerprint());
    /// assert_ne!(bundled.fingerprint(), firm.fingerprint());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn fingerprint(&self) -> &str {
        self.loaded
            .fingerprint
            .get_or_init(|| load::fingerprint(&self.loaded.files))
    }
}

/// Layers rule sources; see [`RuleBook::builder`].
#[derive(Debug, Clone)]
pub struct RuleBookBuilder {
    layers: Vec<Vec<SourceFile>>,
}

impl RuleBookBuilder {
    /// Adds the bundled rules as a layer.
    pub fn bundled(mut self) -> Self {
        self.layers.push(
            bundled::FILES
                .iter()
                .map(|(name, text)| SourceFile {
                    name: (*name).to_owned(),
                    text: Cow::Borrowed(text),
                    trusted: true,
                })
                .collect(),
        );
        self
    }

    /// Adds every `*.toml` file under `dir` as a layer (recursively, in
    /// name order, skipping hidden entries).
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Io`] if the directory or a file cannot be read, and
    /// [`ErrorKind::Syntax`] for a file that is not UTF-8.
    pub fn dir(mut self, dir: impl AsRef<Path>) -> Result<Self> {
        let mut paths = Vec::new();
        collect_toml(dir.as_ref(), &mut paths, 0)?;
        paths.sort();
        let mut layer = Vec::new();
        for p in paths {
            let name = p.display().to_string();
            let meta = std::fs::metadata(&p).map_err(|e| Error::io("file", &name, e))?;
            if meta.len() > MAX_FILE_BYTES as u64 {
                return Err(Error::in_file(
                    ErrorKind::Invalid,
                    format!(
                        "file is {} bytes; rule files may be at most {MAX_FILE_BYTES} bytes",
                        meta.len()
                    ),
                    &name,
                ));
            }
            let bytes = std::fs::read(&p).map_err(|e| Error::io("file", &name, e))?;
            let text = match String::from_utf8(bytes) {
                Ok(t) => t,
                Err(e) => {
                    let at = e.utf8_error().valid_up_to();
                    let lossy = String::from_utf8_lossy(e.as_bytes()).into_owned();
                    return Err(Error::at(
                        ErrorKind::Syntax,
                        "file is not valid UTF-8",
                        &name,
                        &lossy,
                        at..at + 1,
                    ));
                }
            };
            layer.push(SourceFile {
                name,
                text: Cow::Owned(text),
                trusted: false,
            });
        }
        self.layers.push(layer);
        Ok(self)
    }

    /// Adds one file's text as a layer. `name` is used in error messages.
    pub fn toml_str(mut self, name: &str, text: &str) -> Self {
        self.layers.push(vec![SourceFile {
            name: name.to_owned(),
            text: Cow::Owned(text.to_owned()),
            trusted: false,
        }]);
        self
    }

    /// Validates and compiles everything.
    ///
    /// # Errors
    ///
    /// The first load error found, located in its file.
    pub fn build(self) -> Result<RuleBook> {
        Ok(RuleBook {
            loaded: Arc::new(load::load(self.layers)?),
        })
    }
}

/// Collects `*.toml` files under `dir`, skipping hidden entries; bounded in
/// depth and count.
fn collect_toml(dir: &Path, out: &mut Vec<PathBuf>, depth: usize) -> Result<()> {
    const MAX_DEPTH: usize = 16;
    let name = dir.display().to_string();
    if depth > MAX_DEPTH {
        return Err(Error::in_file(
            ErrorKind::Invalid,
            format!("folders nest more than {MAX_DEPTH} deep"),
            &name,
        ));
    }
    let entries = std::fs::read_dir(dir).map_err(|e| Error::io("directory", &name, e))?;
    for entry in entries {
        let entry = entry.map_err(|e| Error::io("directory", &name, e))?;
        let path = entry.path();
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let ft = entry
            .file_type()
            .map_err(|e| Error::io("directory", &name, e))?;
        if ft.is_dir() {
            collect_toml(&path, out, depth + 1)?;
        } else if path.extension().is_some_and(|x| x == "toml") {
            out.push(path);
            if out.len() > MAX_FILES {
                return Err(Error::in_file(
                    ErrorKind::Invalid,
                    format!("more than {MAX_FILES} rule files"),
                    &name,
                ));
            }
        }
    }
    Ok(())
}
