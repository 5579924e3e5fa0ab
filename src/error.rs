//! The crate's one error type.
//!
//! Every error says *what* was wrong; an error about a rule file also says
//! *where* (file, line and column) and shows the offending line with a caret
//! under the offending text, so a contributor can fix the file without
//! reading the crate's source.

use std::fmt;

use serde::{Deserialize, Serialize};

/// What kind of thing went wrong. Use [`Error::kind`] to branch on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum ErrorKind {
    /// A rule file could not be read from disk.
    Io,
    /// A rule file is not valid TOML, or not valid UTF-8.
    Syntax,
    /// A rule file is valid TOML but does not follow the vocabulary: an
    /// unknown or missing key, or a value of the wrong type.
    Schema,
    /// A value is of the right type but not acceptable: a bad date
    /// expression, an impossible date, an unknown weekday.
    Invalid,
    /// A reference to something that does not exist (an unknown calendar).
    Reference,
    /// Includes that form a cycle.
    Cycle,
    /// The same id defined twice in one layer of files.
    Duplicate,
    /// A date or result outside the range the crate can answer for, for
    /// example outside a calendar's compiled window.
    OutOfRange,
    /// An id asked for at run time that the rule book does not have.
    NotFound,
    /// An id the rule book has, asked for where it does not apply: a rule
    /// set the court does not use.
    NotApplicable,
    /// An argument to a query that has no meaningful answer (for example
    /// "the 0th court day after").
    Argument,
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ErrorKind::Io => "io",
            ErrorKind::Syntax => "syntax",
            ErrorKind::Schema => "schema",
            ErrorKind::Invalid => "invalid",
            ErrorKind::Reference => "reference",
            ErrorKind::Cycle => "cycle",
            ErrorKind::Duplicate => "duplicate",
            ErrorKind::OutOfRange => "out-of-range",
            ErrorKind::NotFound => "not-found",
            ErrorKind::NotApplicable => "not-applicable",
            ErrorKind::Argument => "argument",
        })
    }
}

/// Where in a rule file an error was found. Lines and columns start at 1;
/// the column counts characters, not bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Location {
    /// The file's path as it was loaded (for bundled files, relative to the
    /// crate root, e.g. `rules/calendars/us-ca.toml`).
    pub file: String,
    /// 1-based line number.
    pub line: usize,
    /// 1-based column (in characters).
    pub column: usize,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.column)
    }
}

/// The source excerpt shown under a located error.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Snippet {
    /// The full text of the offending line (without its newline).
    line_text: String,
    /// Number of carets to draw (at least 1).
    width: usize,
}

#[derive(Debug, Clone)]
struct Inner {
    kind: ErrorKind,
    message: String,
    location: Option<Location>,
    snippet: Option<Snippet>,
    /// The file or folder concerned, when no line in it is at fault (a
    /// file too large, a folder that cannot be read).
    path: Option<String>,
    /// The operating system's error behind an `Io` error.
    source: Option<std::sync::Arc<std::io::Error>>,
    /// A did-you-mean suggestion, computed only when the error is shown.
    hint: Option<Hint>,
}

/// The id the caller asked for and a way to list the known ones: the
/// suggestion is computed when the error is displayed, not when it is made,
/// so a program that handles the error without showing it pays nothing.
#[derive(Clone)]
struct Hint {
    wanted: String,
    known: KnownIds,
}

type KnownIds = std::sync::Arc<dyn Fn() -> Vec<String> + Send + Sync>;

impl fmt::Debug for Hint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Hint")
            .field("wanted", &self.wanted)
            .finish_non_exhaustive()
    }
}

impl PartialEq for Inner {
    /// Two errors are equal when they say the same thing about the same
    /// place (an underlying I/O error is compared by its text).
    fn eq(&self, other: &Inner) -> bool {
        self.kind == other.kind
            && self.message == other.message
            && self.location == other.location
            && self.snippet == other.snippet
            && self.path == other.path
            && self.hint.as_ref().map(|h| &h.wanted) == other.hint.as_ref().map(|h| &h.wanted)
            && self.source.as_ref().map(|e| e.to_string())
                == other.source.as_ref().map(|e| e.to_string())
    }
}

impl Eq for Inner {}

/// The error type of every fallible operation in this crate.
///
/// Its `Display` renders, for an error in a rule file:
///
/// ```text
/// rules/calendars/us-ca.toml:14:7: unknown month "janury" (expected a month name such as "january")
///    |
/// 14 | on = "janury 1"
///    |       ^^^^^^
/// ```
///
/// Messages are lowercase and carry no trailing period.
///
/// # Example
///
/// ```
/// use court_deadlines::{ErrorKind, RuleBook};
///
/// let err = RuleBook::from_toml_str(
///     "x.toml",
///     "[calendar]\nid = \"x\"\nname = \"X\"\ncitation = \"c\"\nweekend = [\"caturday\"]\nvalid_from = 2000-01-01\nverified_through = 2030-12-31\n",
/// )
/// .unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::Invalid);
/// let loc = err.location().unwrap();
/// assert_eq!((loc.line, loc.column), (5, 12));
/// assert!(err.to_string().starts_with("x.toml:5:12: unknown weekday \"caturday\""));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    inner: Box<Inner>,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render())
    }
}

impl std::error::Error for Error {
    /// The operating system's error behind an [`ErrorKind::Io`] error.
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.inner
            .source
            .as_deref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}

impl Error {
    pub(crate) fn new(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error {
            inner: Box::new(Inner {
                kind,
                message: message.into(),
                location: None,
                snippet: None,
                path: None,
                source: None,
                hint: None,
            }),
        }
    }

    /// An error about an unknown id whose did-you-mean suggestion (over the
    /// ids `known` lists) is computed only when the error is displayed.
    pub(crate) fn lazy(
        kind: ErrorKind,
        message: impl Into<String>,
        wanted: &str,
        known: impl Fn() -> Vec<String> + Send + Sync + 'static,
    ) -> Error {
        let mut e = Error::new(kind, message);
        e.inner.hint = Some(Hint {
            wanted: wanted.chars().take(256).collect(),
            known: std::sync::Arc::new(known),
        });
        e
    }

    /// An error located at byte range `span` of `text` (the content of `file`).
    pub(crate) fn at(
        kind: ErrorKind,
        message: impl Into<String>,
        file: &str,
        text: &str,
        span: std::ops::Range<usize>,
    ) -> Error {
        let mut e = Error::new(kind, message);
        let (location, snippet) = locate(file, text, span);
        e.inner.location = Some(location);
        e.inner.snippet = snippet;
        e
    }

    /// An error about a whole file or folder (no line to point at).
    pub(crate) fn in_file(kind: ErrorKind, message: impl Into<String>, file: &str) -> Error {
        let mut e = Error::new(kind, message);
        e.inner.path = Some(file.to_owned());
        e
    }

    /// A file or folder that could not be read: the operating system's
    /// error is kept as the [`source`](std::error::Error::source).
    pub(crate) fn io(what: &str, path: &str, err: std::io::Error) -> Error {
        let mut e = Error::in_file(ErrorKind::Io, format!("cannot read {what}: {err}"), path);
        e.inner.source = Some(std::sync::Arc::new(err));
        e
    }

    /// The file or folder the error concerns, located or not.
    pub fn path(&self) -> Option<&str> {
        self.inner
            .location
            .as_ref()
            .map(|l| l.file.as_str())
            .or(self.inner.path.as_deref())
    }

    /// The kind of error.
    pub fn kind(&self) -> ErrorKind {
        self.inner.kind
    }

    /// The message alone, without location, excerpt or suggestion.
    pub fn message(&self) -> &str {
        &self.inner.message
    }

    /// For an unknown id: the closest known ids (`did you mean "cand"?`),
    /// or the known ids when they are few. Computed on each call; `Display`
    /// includes it.
    pub fn suggestion(&self) -> Option<String> {
        let hint = self.inner.hint.as_ref()?;
        let known = (hint.known)();
        let s = crate::text::suggest(&hint.wanted, known.iter().map(String::as_str));
        let s = s.trim();
        let s = s
            .strip_prefix('(')
            .and_then(|s| s.strip_suffix(')'))
            .unwrap_or(s);
        (!s.is_empty()).then(|| s.to_owned())
    }

    /// Where in a rule file the error was found, if it concerns one.
    pub fn location(&self) -> Option<&Location> {
        self.inner.location.as_ref()
    }

    /// True if the error is about a date or result outside the range the
    /// crate answers for.
    pub fn is_out_of_range(&self) -> bool {
        self.inner.kind == ErrorKind::OutOfRange
    }

    fn render(&self) -> String {
        let mut out = String::new();
        if let Some(loc) = &self.inner.location {
            out.push_str(&loc.to_string());
            out.push_str(": ");
        } else if let Some(path) = &self.inner.path {
            out.push_str(path);
            out.push_str(": ");
        }
        out.push_str(&self.inner.message);
        if let Some(hint) = &self.inner.hint {
            let known = (hint.known)();
            out.push_str(&crate::text::suggest(
                &hint.wanted,
                known.iter().map(String::as_str),
            ));
        }
        if let (Some(loc), Some(snip)) = (&self.inner.location, &self.inner.snippet) {
            let num = loc.line.to_string();
            let pad = " ".repeat(num.len());
            let lead: String = snip
                .line_text
                .chars()
                .take(loc.column.saturating_sub(1))
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            out.push_str(&format!(
                "\n{pad} |\n{num} | {}\n{pad} | {lead}{}",
                snip.line_text,
                "^".repeat(snip.width.max(1))
            ));
        }
        out
    }
}

/// Maps a byte range of `text` to a 1-based line and character column, and
/// the excerpt to show. Out-of-range or non-boundary offsets are clamped, so
/// this never panics.
fn locate(file: &str, text: &str, span: std::ops::Range<usize>) -> (Location, Option<Snippet>) {
    let mut start = span.start.min(text.len());
    while start > 0 && !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = span.end.clamp(start, text.len());
    while end > start && !text.is_char_boundary(end) {
        end -= 1;
    }
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let line = text[..start].matches('\n').count() + 1;
    let column = text[line_start..start].chars().count() + 1;
    let line_text = text[line_start..line_end].trim_end_matches('\r').to_owned();
    let width = text[start..end.min(line_end)].chars().count();
    let location = Location {
        file: file.to_owned(),
        line,
        column,
    };
    let snippet = if line_text.chars().count() > 200 || text.is_empty() {
        None
    } else {
        Some(Snippet { line_text, width })
    };
    (location, snippet)
}

/// The crate's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locate_counts_lines_and_characters() {
        let text = "a = 1\nbé = \"x\"\n";
        let at = text.find('"').unwrap_or(0);
        let e = Error::at(ErrorKind::Invalid, "bad", "f.toml", text, at..at + 3);
        let loc = e.location().cloned();
        assert_eq!(
            loc,
            Some(Location {
                file: "f.toml".into(),
                line: 2,
                column: 6
            })
        );
        assert_eq!(
            e.to_string(),
            "f.toml:2:6: bad\n  |\n2 | bé = \"x\"\n  |      ^^^"
        );
    }

    #[test]
    fn locate_never_panics_on_wild_spans() {
        let text = "é";
        for (a, b) in [(0, 0), (1, 1), (0, 99), (99, 3), (2, 1)] {
            let e = Error::at(ErrorKind::Invalid, "m", "f", text, a..b);
            assert!(e.location().is_some());
        }
        let e = Error::at(ErrorKind::Syntax, "empty", "f", "", 0..0);
        assert_eq!(e.to_string(), "f:1:1: empty");
    }
}
