//! Why the crate is built the way it is: a design FAQ.
//!
//! # Why a fixed window, 1900–2200?
//!
//! Every calendar is compiled over the same window: 110,207 days in 1,722
//! words of 64 bits plus rank and select indexes, about 25 KiB per
//! calendar. Every day query is then a bit test or a rank/select over
//! popcounts. Outside the window every query is an
//! [`ErrorKind::OutOfRange`](crate::ErrorKind::OutOfRange) error, never a
//! guess.
//!
//! # Why does every result carry coverage warnings?
//!
//! Each calendar states `valid_from` (from when its holiday rules, with
//! their history, are complete) and `verified_through` (through when
//! one-off closures were checked against official lists and orders). A
//! calendar cannot know tomorrow's emergency closure, so queries past
//! `verified_through` still answer from the rules as written, and every
//! deadline that depends on such a day says so.
//!
//! # Why do observed days close, and actual days not?
//!
//! A holiday closes the day it is observed. When that differs from its
//! actual date, the actual date is a weekend day, closed anyway; the
//! explanation names both.
//!
//! # Why one pipeline for the explained and the date-only paths?
//!
//! The explanation is recorded through a generic recorder; the date-only
//! path ([`DeadlineRef::due_date`](crate::DeadlineRef::due_date)) uses one
//! whose methods compile to nothing, so both paths run the same code and
//! cannot disagree (a property test checks that they don't).
//!
//! # What is a deadline's plan?
//!
//! A handle that has answered 64 date-only queries resolves a *plan*: for a
//! trigger that is a date (with at most a method of service), everything the
//! pipeline decides depends only on the rules date and the method, and
//! changes only on the dates the rule data names (a deadline's versions,
//! the counting convention's, the service rules'). The plan splits the
//! rules-date axis at those dates and resolves each segment with the
//! pipeline's own resolution, at a date inside it, into a few moves on the
//! day table (count, extend, roll). It is a cache of the pipeline's
//! decisions, not a second implementation of the rules: shapes it does not
//! cover, and every trigger with more than a date and a method, go through
//! the pipeline, which also reports every error; tests compare the two on
//! every bundled deadline. A handle used a few times never pays for a plan.
//!
//! # Why are the handles owned?
//!
//! A [`RuleBook`](crate::RuleBook) is an `Arc` inside, and the
//! [`Court`](crate::Court) and [`DeadlineRef`](crate::DeadlineRef) handles
//! hold their own reference to it. A server resolves a court or a deadline
//! once, keeps it in its state, and moves it into threads; swapping in new
//! rules leaves old handles answering from the old rules until they are
//! dropped. The cost is an atomic increment when a handle is cloned.
//!
//! # Why is the model fully resolved at load?
//!
//! Loading checks every reference (courts to rule sets and calendars,
//! deadlines to events, combined deadlines to their parts) and then stores
//! the resolved values, not the ids: a query never looks an id up again, so
//! it cannot fail for an internal reason. Ids a caller passes in (a court,
//! a deadline, an event) are looked up once, when the handle is made.
//!
//! # Why are day tables built on first use?
//!
//! Loading validates every file a caller gives; it does not build day
//! tables. A bundled rule set is parsed the first time a court or a query
//! needs it (its id is its file's stem, so courts are checked against it
//! unparsed), a bundled calendar's table is compiled the first time a query
//! needs it, and a
//! court's merged table for a combination of readings (executive-order
//! closures open, judiciary holidays counted, …) the first time a
//! computation asks for that combination. Loading everything bundled then
//! costs the parsing and checking alone, and a service pays for the courts
//! it uses. A caller's own calendars are compiled when loaded, so that every
//! error in them is reported then. Files are parsed on every core.
//!
//! # Why are suggestions lazy?
//!
//! An unknown id is an error that suggests the closest known ids. Finding
//! them costs an edit distance per candidate, so the error stores only the
//! id and a way to list the candidates; the suggestion is computed when the
//! error is displayed ([`Error::suggestion`](crate::Error::suggestion)). A
//! program that handles the error without showing it pays nothing.
//!
//! # Why structured reasons and a separate wording module?
//!
//! A skipped day carries [`Reason`](crate::Reason) values (name, citation,
//! kind, observed and actual dates), and every sentence about them is
//! derived in one place, so that a user interface can render the same facts
//! its own way.
//!
//! # Why effective dating by the trigger date?
//!
//! The version of a rule in force on the trigger date applies unless the
//! caller gives an `as_of` date ([`Trigger::as_of`](crate::Trigger::as_of));
//! amendment orders often let courts apply new rules to pending cases
//! "insofar as just and practicable", which only the caller can judge.
//!
//! # How are local times resolved across daylight saving changes?
//!
//! Hour periods are elapsed time from the trigger instant in the court's
//! time zone. A local time that does not exist (clocks go forward) is read
//! as the first instant after the gap; one that occurs twice (clocks go
//! back) as the earlier instant. Either is flagged with a warning: no
//! authority settles it.
//!
//! # Why `Trigger::on(date)` and not `Trigger::new(event, date)`?
//!
//! A named deadline already says which event it runs from, so the trigger
//! carries only its date (or date-time), the service method and the
//! options. Schedules take the event id
//! ([`Court::schedule`](crate::Court::schedule)). Other events' dates go in
//! with [`Trigger::event_on`](crate::Trigger::event_on).
//!
//! # Why are combined deadlines deadlines and not readings?
//!
//! "Whichever is earlier (later)" is what the rule says, not a
//! disagreement about it. Combined deadlines (`earliest_of` / `latest_of`)
//! have parts that are ordinary deadlines, each counted from its own event;
//! a part whose event's date is not given makes the result provisional.
//!
//! # In what order do extension, adjustment, roll and inaccessibility run?
//!
//! A service extension added to the period itself (Cal. Code Civ. Proc.
//! § 1013) comes before the rule-specific adjustment and the roll. An
//! extension added after the period (Fed. R. Civ. P. 6(d)) comes after the
//! roll and is rolled again. Inaccessibility comes last and always moves
//! forward.
//!
//! # Why are rule files dispatched by content and not by folder?
//!
//! A file with `[calendar]`, `[rule_set]` or `[court.<id>]` tables is that
//! kind of file wherever it lives, so a firm can organise its folder
//! freely.
//!
//! # Why no clock?
//!
//! The library never reads the current date; callers pass dates in, so the
//! same inputs always give the same answer.
