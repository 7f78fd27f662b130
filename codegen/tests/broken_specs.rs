//! Broken specs: every file in `tests/broken/` states, in leading comment lines, the diagnostics the
//! loader must report for it, one per line and in order:
//!
//! ```yaml
//! # expect: LINE:COL: exact message
//! ```
//!
//! The match is exact: count, order, line, column and full message text. A second test truncates every
//! broken file and every shipped spec at many points and checks that the loader never panics and that
//! every diagnostic it reports has a real position.

use grokvid_codegen::Diagnostic;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

const BROKEN_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/broken");
const SPECS_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../specs");

/// One expected diagnostic.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Expected {
    line: u64,
    col: u64,
    message: String,
}

impl Expected {
    fn of(d: &Diagnostic) -> Expected {
        Expected {
            line: d.pos.line,
            col: d.pos.col,
            message: d.message.clone(),
        }
    }

    fn render(&self) -> String {
        format!("{}:{}: {}", self.line, self.col, self.message)
    }
}

/// The `.yaml` files of a directory, sorted by name.
fn yaml_files(dir: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {dir}: {e}"))
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    files
}

fn file_name(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}

/// The `# expect:` lines of the leading comment block.
fn expectations(name: &str, source: &str) -> Result<Vec<Expected>, String> {
    let mut out = Vec::new();
    for (i, line) in source.lines().enumerate() {
        let Some(comment) = line.strip_prefix('#') else {
            break;
        };
        let Some(rest) = comment.trim_start().strip_prefix("expect:") else {
            continue;
        };
        let bad = || format!("{name}:{}: malformed expectation `{line}`", i + 1);
        let mut parts = rest.trim_start().splitn(3, ':');
        let line_no = parts.next().and_then(|s| s.parse().ok()).ok_or_else(bad)?;
        let col = parts.next().and_then(|s| s.parse().ok()).ok_or_else(bad)?;
        let message = parts
            .next()
            .and_then(|s| s.strip_prefix(' '))
            .ok_or_else(bad)?;
        out.push(Expected {
            line: line_no,
            col,
            message: message.to_string(),
        });
    }
    Ok(out)
}

/// A line-by-line diff of expected against actual diagnostics (an LCS, so one missing or extra
/// diagnostic shows as one line, not as every line after it).
fn diff(expected: &[String], actual: &[String]) -> String {
    let (n, m) = (expected.len(), actual.len());
    let mut lcs = vec![vec![0usize; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if expected[i] == actual[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut out = String::new();
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && expected[i] == actual[j] {
            writeln!(out, "    {}", expected[i]).unwrap();
            i += 1;
            j += 1;
        } else if j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j]) {
            writeln!(out, "  + {}", actual[j]).unwrap();
            j += 1;
        } else {
            writeln!(out, "  - {}", expected[i]).unwrap();
            i += 1;
        }
    }
    out
}

/// Checks one broken file; `Err` describes every mismatch.
fn check_broken(path: &Path) -> Result<(), String> {
    let name = file_name(path);
    let file = format!("broken/{name}");
    let source = std::fs::read_to_string(path).map_err(|e| format!("{file}: {e}"))?;
    let expected = expectations(&file, &source)?;
    if expected.is_empty() {
        return Err(format!("{file}: no `# expect:` lines"));
    }
    let diags = match grokvid_codegen::load(&file, &source) {
        Ok(_) => Vec::new(),
        Err(diags) => diags,
    };
    let actual: Vec<Expected> = diags.iter().map(Expected::of).collect();
    let mut problems = String::new();
    if actual != expected {
        let e: Vec<String> = expected.iter().map(Expected::render).collect();
        let a: Vec<String> = actual.iter().map(Expected::render).collect();
        writeln!(
            problems,
            "{file}: expected {} diagnostic(s), got {} (- expected, + actual):\n{}",
            e.len(),
            a.len(),
            diff(&e, &a)
        )
        .unwrap();
    }
    // The printed form, as a user sees it: `broken/<name>.yaml:LINE:COL: message`.
    for (d, e) in diags.iter().zip(&expected) {
        let shown = d.to_string();
        let wanted = format!("{file}:{}", e.render());
        if shown != wanted {
            writeln!(problems, "{file}: prints `{shown}`, expected `{wanted}`").unwrap();
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

#[test]
fn broken_specs_report_exactly_the_expected_diagnostics() {
    let files = yaml_files(BROKEN_DIR);
    assert!(
        files.len() >= 16,
        "expected at least 16 broken specs, found {}",
        files.len()
    );
    let failures: Vec<String> = files
        .iter()
        .filter_map(|path| check_broken(path).err())
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} broken specs do not match their expectations:\n\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}

/// The expectations are read back correctly, and the Display form is the documented one.
#[test]
fn expectation_lines_and_display_form() {
    let source = "# a case\n# expect: 3:5: bad `x`: y: z\n#expect: 10:1: second\nkey: 1\n# expect: 9:9: not in the header\n";
    assert_eq!(
        expectations("t.yaml", source).unwrap(),
        vec![
            Expected {
                line: 3,
                col: 5,
                message: "bad `x`: y: z".to_string()
            },
            Expected {
                line: 10,
                col: 1,
                message: "second".to_string()
            },
        ]
    );
    assert!(expectations("t.yaml", "# expect: 3: no column\n").is_err());
    let diags = grokvid_codegen::load("broken/inline.yaml", "provider: [\n").unwrap_err();
    assert_eq!(diags.len(), 1);
    let d = &diags[0];
    assert_eq!(
        d.to_string(),
        format!(
            "broken/inline.yaml:{}:{}: {}",
            d.pos.line, d.pos.col, d.message
        )
    );
    assert!(d.message.starts_with("YAML syntax error: "), "{d}");
}

/// Every truncation of a spec loads without panicking; every diagnostic has a line.
fn check_truncations(file: &str, source: &str, failures: &mut Vec<String>) {
    let mut cut = 0;
    loop {
        let prefix = &source[..cut];
        // A panic here fails the test with the file and cut in the message below.
        let result = std::panic::catch_unwind(|| grokvid_codegen::load(file, prefix));
        match result {
            Err(_) => failures.push(format!(
                "{file}: the loader panicked on the first {cut} bytes"
            )),
            Ok(Ok(_)) => {}
            Ok(Err(diags)) => {
                if diags.is_empty() {
                    failures.push(format!("{file}: Err with no diagnostics at {cut} bytes"));
                }
                for d in diags.iter().filter(|d| d.pos.line < 1 || d.pos.col < 1) {
                    failures.push(format!(
                        "{file}: truncated at {cut} bytes: position 0 in `{d}`"
                    ));
                }
            }
        }
        if cut == source.len() {
            break;
        }
        // The next char boundary at least 7 bytes on, or the end.
        cut = (cut + 7).min(source.len());
        while !source.is_char_boundary(cut) {
            cut += 1;
        }
    }
}

#[test]
fn truncated_specs_never_panic() {
    let mut files = yaml_files(BROKEN_DIR);
    files.extend(yaml_files(SPECS_DIR));
    assert!(files.len() > 16);
    // One thread per file: thousands of loads in a debug build.
    let failures: Vec<String> = std::thread::scope(|scope| {
        let handles: Vec<_> = files
            .iter()
            .map(|path| {
                scope.spawn(move || {
                    let source = std::fs::read_to_string(path).unwrap();
                    let mut failures = Vec::new();
                    check_truncations(&file_name(path), &source, &mut failures);
                    failures
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect()
    });
    assert!(
        failures.is_empty(),
        "{} problem(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}
