//! [`Text`]: a name, id or citation from the rule data, as results carry it.

use std::borrow::Borrow;
use std::cell::Cell;
use std::collections::HashSet;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;
use std::sync::{Arc, Mutex, OnceLock};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A piece of rule text — an id, a name, a citation — as a result carries
/// it. Cheap to clone, `Send + Sync`, and independent of the
/// [`RuleBook`](crate::RuleBook) it came from.
///
/// The texts of the bundled rules are kept once for the life of the process
/// (however many times the bundled rules are loaded), so cloning one copies
/// a pointer; texts of rule files loaded at run time are shared by
/// reference count. Either way a `Text` dereferences to `str`, compares,
/// orders and hashes as its `str`, and serializes as a string.
///
/// ```
/// use court_deadlines::Text;
///
/// let t = Text::from("Fed. R. Civ. P. 6(a)");
/// assert_eq!(t, "Fed. R. Civ. P. 6(a)");
/// assert!(t.starts_with("Fed."));
/// assert_eq!(t.to_string(), "Fed. R. Civ. P. 6(a)");
/// ```
#[derive(Clone)]
pub struct Text(Repr);

#[derive(Clone)]
enum Repr {
    Static(&'static str),
    Shared(Arc<str>),
}

impl Text {
    /// A text from a string literal (no allocation, no reference count).
    pub const fn from_static(s: &'static str) -> Text {
        Text(Repr::Static(s))
    }

    /// The text.
    #[inline]
    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Static(s) => s,
            Repr::Shared(s) => s,
        }
    }
}

thread_local! {
    /// Whether this thread is reading a bundled rule file (whose texts are
    /// kept for the life of the process).
    static BUNDLED: Cell<bool> = const { Cell::new(false) };
}

/// While alive, texts made on this thread from strings are the bundled
/// rules' (kept once for the process) when `bundled`; dropping it restores
/// the previous state (a user's rule set may read a bundled one it
/// supplements, and the other way round).
pub(crate) struct ReadingBundled(bool);

impl ReadingBundled {
    pub(crate) fn new(bundled: bool) -> ReadingBundled {
        ReadingBundled(BUNDLED.with(|b| b.replace(bundled)))
    }
}

impl Drop for ReadingBundled {
    fn drop(&mut self) {
        BUNDLED.with(|b| b.set(self.0));
    }
}

/// The bundled rules' texts, each kept once. Bounded by the bundled data:
/// nothing else is kept here.
fn kept(s: &str) -> &'static str {
    static KEPT: OnceLock<Mutex<HashSet<&'static str>>> = OnceLock::new();
    let set = KEPT.get_or_init(|| Mutex::new(HashSet::new()));
    let mut set = match set.lock() {
        Ok(g) => g,
        Err(poisoned) => poisoned.into_inner(),
    };
    if let Some(k) = set.get(s) {
        return k;
    }
    let k: &'static str = Box::leak(s.to_owned().into_boxed_str());
    set.insert(k);
    k
}

impl From<&str> for Text {
    fn from(s: &str) -> Text {
        if BUNDLED.with(Cell::get) {
            Text(Repr::Static(kept(s)))
        } else {
            Text(Repr::Shared(Arc::from(s)))
        }
    }
}

impl From<String> for Text {
    fn from(s: String) -> Text {
        if BUNDLED.with(Cell::get) {
            Text(Repr::Static(kept(&s)))
        } else {
            Text(Repr::Shared(Arc::from(s)))
        }
    }
}

impl From<&String> for Text {
    fn from(s: &String) -> Text {
        Text::from(s.as_str())
    }
}

impl From<Arc<str>> for Text {
    fn from(s: Arc<str>) -> Text {
        Text(Repr::Shared(s))
    }
}

impl From<Text> for String {
    fn from(t: Text) -> String {
        t.as_str().to_owned()
    }
}

impl Default for Text {
    fn default() -> Text {
        Text::from_static("")
    }
}

impl Deref for Text {
    type Target = str;

    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl Borrow<str> for Text {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl PartialEq for Text {
    fn eq(&self, other: &Text) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Text {}

impl PartialOrd for Text {
    fn partial_cmp(&self, other: &Text) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Text {
    fn cmp(&self, other: &Text) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl Hash for Text {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for Text {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other.as_str()
    }
}

impl PartialEq<Text> for str {
    fn eq(&self, other: &Text) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<Text> for &str {
    fn eq(&self, other: &Text) -> bool {
        *self == other.as_str()
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Text, D::Error> {
        String::deserialize(d).map(Text::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn is_kept(t: &Text) -> bool {
        matches!(t.0, Repr::Static(_))
    }

    #[test]
    fn bundled_texts_are_kept_once_and_others_shared() {
        let plain = Text::from("Fed. R. Civ. P. 6(d)");
        assert!(!is_kept(&plain));
        let (a, b) = {
            let _bundled = ReadingBundled::new(true);
            let a = Text::from("Fed. R. Civ. P. 6(d)");
            // A user's file read inside a bundled one is not kept.
            let inner = {
                let _user = ReadingBundled::new(false);
                Text::from(String::from("a firm's rule"))
            };
            assert!(!is_kept(&inner));
            (a, Text::from(String::from("Fed. R. Civ. P. 6(d)")))
        };
        assert!(is_kept(&a) && is_kept(&b));
        assert_eq!(a.as_ptr(), b.as_ptr(), "kept once");
        assert!(!is_kept(&Text::from("after the guard")));
        assert_eq!(a, plain);
        assert_eq!(a, "Fed. R. Civ. P. 6(d)");
        let json = serde_json::to_string(&a).unwrap_or_default();
        assert_eq!(json, "\"Fed. R. Civ. P. 6(d)\"");
        let back: Text = serde_json::from_str(&json).unwrap_or_default();
        assert_eq!(back, a);
    }
}
