//! Every JSON path the loader accepts is one the runtime reads: the loader checks spec paths with
//! `grokvid_spec::json_path` (the one parser), tables hold what it returns, and `grokvid::rt::json_path::get`
//! walks that. For
//! generated paths that parser accepts, a document with a value at that path is built from the parsed
//! segments, and the reader must find the value. The forms the generator used to accept but the reader
//! never read (`a.[0]`, `a]b`) are refused.

use grokvid_spec::json_path::{Path, Segment, check, segments};
use proptest::prelude::*;
use serde_json::{Value, json};

/// A document holding `leaf` at the place `segs` lead to.
fn document(segs: &[Segment<'_>], leaf: Value) -> Value {
    let Some((first, rest)) = segs.split_first() else {
        return leaf;
    };
    let inner = document(rest, leaf);
    match first {
        Segment::Key(key) => json!({ *key: inner }),
        Segment::Index(i) => {
            let mut items = vec![Value::Null; *i];
            items.push(inner);
            Value::Array(items)
        }
        Segment::Any => json!([inner]),
        Segment::Json => Value::String(inner.to_string()),
    }
}

/// Pieces paths are made of, well-formed or not.
const PIECES: &[&str] = &[
    "a", "b", "id", "0", "*", "@json", ".", "[", "]", "[0]", "[2]", "[*]", "[x]", "",
];

fn any_path() -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(PIECES), 1..9).prop_map(|p| p.concat())
}

/// Paths built to be well formed: keys, `@json`, indexes and `[*]`, joined as the language says.
fn well_formed_path() -> impl Strategy<Value = String> {
    let part = (
        proptest::sample::select(&["a", "data", "@json", "x_1", "0"][..]),
        proptest::collection::vec(proptest::sample::select(&["[0]", "[3]", "[*]"][..]), 0..3),
    )
        .prop_map(|(key, groups)| format!("{key}{}", groups.concat()));
    proptest::collection::vec(part, 1..5).prop_map(|parts| parts.join("."))
}

fn assert_readable(path: &str) -> Result<(), TestCaseError> {
    let Ok(segs) = segments(path) else {
        return Ok(());
    };
    let leaf = json!("found");
    let doc = document(&segs, leaf.clone());
    let parsed = Path::new(&segs);
    let read = grokvid::rt::json_path::get(&doc, &parsed).map(|v| v.into_owned());
    prop_assert_eq!(read, Some(leaf), "path {:?} in {}", path, doc);
    // The parsed form (what tables hold, and what messages show) reads back as the same path; it is
    // the canonical spelling (`[00]` shows as `[0]`).
    let shown = parsed.to_string();
    prop_assert_eq!(
        segments(&shown).ok(),
        Some(segs.clone()),
        "{:?} shows as {:?}",
        path,
        shown
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn every_accepted_path_is_read_by_the_runtime(path in any_path()) {
        assert_readable(&path)?;
    }

    #[test]
    fn well_formed_paths_are_accepted_and_read(path in well_formed_path()) {
        prop_assert!(check(&path).is_ok(), "{:?}: {:?}", path, check(&path));
        assert_readable(&path)?;
    }
}

#[test]
fn forms_the_reader_never_read_are_refused() {
    for path in ["a.[0]", "a]b", "a.[*].b", "data]", "x.y].z"] {
        assert!(check(path).is_err(), "{path} must be refused");
    }
    // So no table can hold them: a table's paths are parsed by the same parser at build time.
    assert!(grokvid::rt::json_path::Path::leak("a.[0]").is_err());
}
