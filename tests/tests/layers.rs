//! The layers of `client/src` depend one way: no import cycle between its top-level modules, nor
//! between the files of one folder.
//!
//! Reads every `client/src/**/*.rs`, finds the `crate::…` paths (`use` trees included) and `super::…`
//! paths in code (not in comments), resolves names re-exported at the crate root through `lib.rs`'s
//! `pub use`, and builds the module graph. `lib.rs` itself is the facade, not a node: its re-exports
//! are names. The generated modules are the node `providers`, with an edge to what each `rt::` name
//! they write stands for (found by generating `specs/` as the build script does, and reading the
//! runtime's macros, which expand there). `$crate::` paths inside macros are the paths of the code the
//! macro expands in, so they are not edges of the macro's module.
//!
//! `cargo test -p grokvid-tests --test layers -- --nocapture` prints the layer order; `LAYERS_SRC=<dir>`
//! checks another copy of the sources.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// A module path inside the crate, e.g. `["transport", "http"]`.
type ModPath = Vec<String>;

/// One import: where it was written and what it names (a full path from the crate root).
#[derive(Debug, Clone)]
struct Import {
    file: String,
    line: usize,
    target: ModPath,
}

/// Every module file under `src`, with its module path.
fn module_files(src: &Path) -> Vec<(PathBuf, ModPath)> {
    let mut out = Vec::new();
    let mut stack = vec![src.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let rel = path.strip_prefix(src).unwrap();
                let mut parts: ModPath = rel
                    .with_extension("")
                    .iter()
                    .map(|p| p.to_string_lossy().into_owned())
                    .collect();
                if parts.last().is_some_and(|p| p == "mod" || p == "lib") {
                    parts.pop();
                }
                out.push((path, parts));
            }
        }
    }
    out.sort();
    out
}

/// The source with comments blanked (strings kept: serde's `with = "crate::…"` is a real path), so
/// line numbers stay right.
fn strip_comments(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            i += 2;
            while i < chars.len() && !(chars[i] == '*' && chars.get(i + 1) == Some(&'/')) {
                if chars[i] == '\n' {
                    out.push('\n');
                }
                i += 1;
            }
            i += 2;
        } else if c == 'r' && (i == 0 || !is_ident(chars[i - 1])) && matches!(next, Some('"' | '#'))
        {
            // A raw string: no escapes, ends at `"` followed by as many `#` as it opened with.
            let hashes = chars[i + 1..].iter().take_while(|ch| **ch == '#').count();
            let open = i + 1 + hashes;
            if chars.get(open) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            let close: String = std::iter::once('"')
                .chain(std::iter::repeat_n('#', hashes))
                .collect();
            let body: String = chars[open + 1..].iter().collect();
            let end = body
                .find(&close)
                .map_or(chars.len(), |e| open + 1 + body[..e].chars().count());
            out.push('"');
            out.extend(&chars[open + 1..end.min(chars.len())]);
            out.push('"');
            i = end + close.chars().count();
        } else if c == '"' {
            out.push(c);
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    out.push(chars[i]);
                    i += 1;
                }
                if let Some(&ch) = chars.get(i) {
                    out.push(ch);
                }
                i += 1;
            }
            if i < chars.len() {
                out.push('"');
            }
            i += 1;
        } else if c == '\'' && next.is_some_and(|n| n != '\\') && chars.get(i + 2) == Some(&'\'') {
            // A char literal such as '"' or '{'.
            out.push_str("' '");
            i += 3;
        } else if c == '\'' && next == Some('\\') {
            // An escaped char literal such as '\'' or '\"' (lifetimes have no backslash).
            let close = chars[i + 2..]
                .iter()
                .position(|ch| *ch == '\'')
                .map_or(0, |p| p + 1);
            out.push_str("' '");
            i += 2 + close + usize::from(chars.get(i + 2) == Some(&'\''));
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// Expands the path written at `rest` (just after `crate::` or `super::`): `a::b::{c, d::e}` gives
/// `a::b::c` and `a::b::d::e`.
fn expand(rest: &str) -> Vec<ModPath> {
    fn tree(s: &[char], i: &mut usize, prefix: &ModPath, out: &mut Vec<ModPath>) {
        let mut path = prefix.clone();
        loop {
            while *i < s.len() && s[*i].is_whitespace() {
                *i += 1;
            }
            if *i < s.len() && s[*i] == '{' {
                *i += 1;
                loop {
                    while *i < s.len() && (s[*i].is_whitespace() || s[*i] == ',') {
                        *i += 1;
                    }
                    if *i >= s.len() || s[*i] == '}' {
                        *i += 1;
                        return;
                    }
                    tree(s, i, &path, out);
                }
            }
            let start = *i;
            while *i < s.len() && is_ident(s[*i]) {
                *i += 1;
            }
            if start == *i {
                out.push(path);
                return;
            }
            path.push(s[start..*i].iter().collect());
            if s.get(*i) == Some(&':') && s.get(*i + 1) == Some(&':') {
                *i += 2;
                continue;
            }
            out.push(path);
            // Skip `as alias`, generics and the like up to the end of this tree item.
            while *i < s.len() && !matches!(s[*i], ',' | '}' | ';' | '\n' | ')' | '(') {
                *i += 1;
            }
            return;
        }
    }
    let chars: Vec<char> = rest.chars().collect();
    let mut out = Vec::new();
    tree(&chars, &mut 0, &Vec::new(), &mut out);
    out.retain(|p| !p.is_empty() && p[0] != "self");
    out
}

/// The `crate::` and `super::` paths of one file, as full paths from the crate root.
fn imports_of(file: &str, module: &ModPath, text: &str) -> Vec<Import> {
    let code = strip_comments(text);
    let mut out = Vec::new();
    // Inline modules (`mod tests { … }`) move `super::` one level down.
    let mut inline: Vec<usize> = Vec::new();
    let mut depth = 0usize;
    let bytes: Vec<char> = code.chars().collect();
    let mut line = 1;
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let at_word = i == 0 || !(is_ident(bytes[i - 1]) || bytes[i - 1] == '$');
        let rest: String = bytes[i..bytes.len().min(i + 400)].iter().collect();
        match c {
            '\n' => line += 1,
            '{' => depth += 1,
            '}' => {
                depth = depth.saturating_sub(1);
                if inline.last() == Some(&depth) {
                    inline.pop();
                }
            }
            _ if at_word && rest.starts_with("mod ") => {
                let name_end = rest[4..].find(|ch: char| !is_ident(ch)).map(|n| n + 4);
                if let Some(end) = name_end
                    && rest[end..].trim_start().starts_with('{')
                {
                    inline.push(depth);
                }
            }
            _ if at_word && (rest.starts_with("crate::") || rest.starts_with("super::")) => {
                let is_crate = rest.starts_with("crate::");
                let mut base = module.clone();
                let mut tail = &rest[7..];
                if !is_crate {
                    // `super` of an inline module is the file's module; each further `super` goes up.
                    let mut ups = 1usize.saturating_sub(inline.len().min(1));
                    while let Some(t) = tail.strip_prefix("super::") {
                        ups += 1;
                        tail = t;
                        i += 7; // not read again as a path of its own
                    }
                    for _ in 0..ups {
                        base.pop();
                    }
                } else {
                    base.clear();
                }
                for p in expand(tail) {
                    let mut target = base.clone();
                    target.extend(p);
                    out.push(Import {
                        file: file.to_string(),
                        line,
                        target,
                    });
                }
                i += 7;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// What `rt` names: each name generated code can write after `rt::` → the paths behind it (a
/// re-export, or every re-export of an inner `pub mod`).
type Door = BTreeMap<String, Vec<ModPath>>;

/// `pub use` names of lib.rs outside `mod rt` (name → full path: `Error` → `error::Error`), and the
/// door `rt`.
fn root_reexports(lib: &str) -> (BTreeMap<String, ModPath>, Door) {
    let code = strip_comments(lib);
    let mut names = BTreeMap::new();
    let mut door = Door::new();
    let block_end = |start: usize| start + code[start..].find("\n}").unwrap_or(code.len() - start);
    let rt = code.find("pub mod rt {").map(|s| (s, block_end(s)));
    // The door's inner modules: `    pub mod json_path {` up to its closing `    }`.
    let mut inner = Vec::new();
    if let Some((start, end)) = rt {
        let mut at = start + 1;
        while let Some(found) = code[at..end].find("pub mod ") {
            let name_at = at + found + 8;
            let name: String = code[name_at..]
                .chars()
                .take_while(|c| is_ident(*c))
                .collect();
            let close = name_at + code[name_at..].find("\n    }").unwrap_or(end - name_at);
            inner.push((name, name_at, close));
            at = close;
        }
    }
    let mut offset = 0;
    for stmt in code.split(';') {
        let at = offset;
        offset += stmt.len() + 1;
        let Some(pos) = stmt.find("pub use ") else {
            continue;
        };
        let here = at + pos;
        let body = &stmt[pos + 8..];
        let body = body.strip_prefix("crate::").unwrap_or(body);
        // `pub use json_path as path` names the module `path`.
        let alias = body
            .split(" as ")
            .nth(1)
            .filter(|_| !body.contains('{'))
            .map(|a| a.trim().to_string());
        for path in expand(body) {
            let name = alias
                .clone()
                .unwrap_or_else(|| path.last().unwrap().clone());
            match rt {
                Some((start, end)) if here > start && here < end => {
                    let group = inner.iter().find(|(_, s, e)| here > *s && here < *e);
                    let key = group.map_or(name, |(n, _, _)| n.clone());
                    door.entry(key).or_default().push(path);
                }
                _ => {
                    names.insert(name, path);
                }
            }
        }
    }
    (names, door)
}

/// The names generated code writes after `rt::`: in the modules the generator makes of `specs/`
/// (generated here, as the build script does) and in the runtime's macros, which expand there.
fn generated_rt_names(src: &Path) -> BTreeSet<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("layers_generated");
    let _ = std::fs::remove_dir_all(&out);
    std::fs::create_dir_all(&out).unwrap();
    grokvid_codegen::build::generate_dir(&root.join("specs"), &out, "crate::rt")
        .unwrap_or_else(|problems| panic!("specs/ does not generate: {problems:?}"));
    let mut texts: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    for (path, _) in module_files(src) {
        let text = std::fs::read_to_string(path).unwrap();
        texts.push(text.replace("$crate::rt::", " rt::"));
    }
    let mut names = BTreeSet::new();
    for text in texts {
        for piece in strip_comments(&text).split("rt::").skip(1) {
            names.insert(piece.chars().take_while(|c| is_ident(*c)).collect());
        }
    }
    names
}

/// The modules of the graph: `depth` 1 is the top-level modules; depth 2 the files of one folder.
struct Graph {
    edges: BTreeMap<String, BTreeMap<String, Import>>,
}

impl Graph {
    /// Strongly connected components with more than one node (a cycle each), found with Tarjan.
    fn cycles(&self) -> Vec<Vec<String>> {
        let mut t = Tarjan {
            graph: self,
            index: BTreeMap::new(),
            low: BTreeMap::new(),
            stack: Vec::new(),
            next: 0,
            found: Vec::new(),
        };
        for v in self.edges.keys() {
            if !t.index.contains_key(v) {
                t.visit(v);
            }
        }
        t.found
    }

    /// One cycle through the component, with the line that makes each edge.
    fn witness(&self, scc: &[String]) -> Vec<String> {
        let inside: BTreeSet<&String> = scc.iter().collect();
        let start = &scc[0];
        // Breadth-first from `start` back to `start` within the component.
        let mut prev: BTreeMap<&String, &String> = BTreeMap::new();
        let mut queue = std::collections::VecDeque::from([start]);
        let mut end = None;
        while let Some(v) = queue.pop_front() {
            for w in self.edges[v].keys() {
                if !inside.contains(w) {
                    continue;
                }
                if w == start {
                    end = Some(v);
                    queue.clear();
                    break;
                }
                if !prev.contains_key(w) {
                    prev.insert(w, v);
                    queue.push_back(w);
                }
            }
        }
        let mut path = vec![end.unwrap()];
        while path.last().unwrap() != &start {
            path.push(prev[path.last().unwrap()]);
        }
        path.reverse();
        path.push(start);
        path.windows(2)
            .map(|w| {
                let why = &self.edges[w[0]][w[1]];
                format!(
                    "{} -> {}  ({}:{} uses crate::{})",
                    w[0],
                    w[1],
                    why.file,
                    why.line,
                    why.target.join("::")
                )
            })
            .collect()
    }

    /// Nodes from the bottom layer up (only meaningful without cycles).
    fn layers(&self) -> Vec<Vec<String>> {
        let mut left: BTreeSet<&String> = self.edges.keys().collect();
        let mut out = Vec::new();
        while !left.is_empty() {
            let layer: Vec<String> = left
                .iter()
                .filter(|n| {
                    self.edges[**n]
                        .keys()
                        .all(|w| !left.contains(w) || w == **n)
                })
                .map(|n| (*n).clone())
                .collect();
            if layer.is_empty() {
                break;
            }
            for n in &layer {
                left.remove(n);
            }
            out.push(layer);
        }
        out
    }
}

/// Tarjan's strongly connected components: each node's visit order, the lowest order reachable
/// from it, and the nodes of the component being built.
struct Tarjan<'g> {
    graph: &'g Graph,
    index: BTreeMap<&'g String, usize>,
    low: BTreeMap<&'g String, usize>,
    stack: Vec<&'g String>,
    next: usize,
    found: Vec<Vec<String>>,
}

impl<'g> Tarjan<'g> {
    fn visit(&mut self, v: &'g String) {
        self.index.insert(v, self.next);
        self.low.insert(v, self.next);
        self.next += 1;
        self.stack.push(v);
        for w in self.graph.edges[v].keys() {
            if !self.index.contains_key(w) {
                self.visit(w);
                let low = self.low[v].min(self.low[w]);
                self.low.insert(v, low);
            } else if self.stack.contains(&w) {
                let low = self.low[v].min(self.index[w]);
                self.low.insert(v, low);
            }
        }
        if self.low[v] == self.index[v] {
            let mut component = Vec::new();
            while let Some(w) = self.stack.pop() {
                component.push(w.clone());
                if w == v {
                    break;
                }
            }
            if component.len() > 1 {
                component.sort();
                self.found.push(component);
            }
        }
    }
}

/// Builds the graph of `src` at top level (`folder` None) or among the files of one folder.
fn graph(src: &Path, folder: Option<&str>) -> Graph {
    let files = module_files(src);
    let lib = std::fs::read_to_string(src.join("lib.rs")).unwrap();
    let (root_names, door) = root_reexports(&lib);
    let top: BTreeSet<String> = files
        .iter()
        .filter_map(|(_, m)| m.first().cloned())
        .chain(["providers".to_string()])
        .collect();
    // Names defined by `macro_rules!` (exported at the crate root) → their module.
    let mut macros = BTreeMap::new();
    for (path, module) in &files {
        let text = std::fs::read_to_string(path).unwrap();
        for piece in text.split("macro_rules! ").skip(1) {
            let name: String = piece.chars().take_while(|c| is_ident(*c)).collect();
            macros.insert(name, module.clone());
        }
    }
    // A full path through root re-exports and macro names to where the item lives.
    let resolve = |target: &ModPath| -> Option<ModPath> {
        let mut target = target.clone();
        for _ in 0..4 {
            let first = target.first()?;
            if top.contains(first) {
                return Some(target);
            }
            if first == "rt" {
                // `crate::rt::name::…`: the first path behind that name of the door.
                let mut full = door.get(target.get(1)?)?.first()?.clone();
                full.extend(target[2..].iter().cloned());
                target = full;
                continue;
            }
            if let Some(real) = root_names.get(first) {
                let mut full = real.clone();
                full.extend(target[1..].iter().cloned());
                target = full;
            } else if let Some(module) = macros.get(first) {
                return Some(module.clone());
            } else {
                return None; // an external crate re-exported at the root (`serde`), or unknown
            }
        }
        None
    };
    let node = |m: &ModPath| -> Option<String> {
        match folder {
            None => m.first().cloned(),
            Some(f) if m.first().is_some_and(|x| x == f) => {
                Some(m.get(1).cloned().unwrap_or_else(|| "(mod)".to_string()))
            }
            Some(_) => None,
        }
    };
    let mut edges: BTreeMap<String, BTreeMap<String, Import>> = BTreeMap::new();
    let mut add = |from: String, to: String, why: Import| {
        edges.entry(to.clone()).or_default();
        if from != to {
            edges.entry(from).or_default().entry(to).or_insert(why);
        } else {
            edges.entry(from).or_default();
        }
    };
    for (path, module) in &files {
        if module.is_empty() {
            continue; // lib.rs: the facade; its re-exports are names, not dependencies
        }
        let Some(from) = node(module) else { continue };
        let shown = path.strip_prefix(src).unwrap().display().to_string();
        let text = std::fs::read_to_string(path).unwrap();
        for import in imports_of(&format!("client/src/{shown}"), module, &text) {
            if let Some(to) = resolve(&import.target).as_ref().and_then(&node) {
                add(from.clone(), to, import);
            }
        }
        add(
            from.clone(),
            from.clone(),
            Import {
                file: shown,
                line: 0,
                target: vec![],
            },
        );
    }
    if folder.is_none() {
        // The generated modules depend on what their `rt::` names stand for, and on nothing else.
        for name in generated_rt_names(src) {
            for path in door.get(&name).into_iter().flatten() {
                if let Some(to) = resolve(path).as_ref().and_then(&node) {
                    let why = Import {
                        file: "generated code".into(),
                        line: 0,
                        target: ["rt".to_string(), name.clone()].into(),
                    };
                    add("providers".into(), to, why);
                }
            }
        }
    }
    Graph { edges }
}

/// `client/src`, or the folder in `LAYERS_SRC` (to run the checker on another revision's sources).
fn src() -> PathBuf {
    std::env::var_os("LAYERS_SRC")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../client/src"))
}

/// Every cycle found, in words; empty when the graph is one-way.
fn report(g: &Graph, scope: &str) -> Vec<String> {
    g.cycles()
        .iter()
        .map(|scc| {
            format!(
                "{scope}: import cycle among {{{}}}:\n    {}",
                scc.join(", "),
                g.witness(scc).join("\n    ")
            )
        })
        .collect()
}

#[test]
fn top_level_modules_depend_one_way() {
    let g = graph(&src(), None);
    let problems = report(&g, "client/src");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    println!("client/src layers, bottom first:");
    for (n, layer) in g.layers().iter().enumerate() {
        println!("  {n}: {}", layer.join(", "));
    }
}

#[test]
fn files_of_each_folder_depend_one_way() {
    let folders: BTreeSet<String> = module_files(&src())
        .into_iter()
        .filter(|(_, m)| m.len() > 1)
        .map(|(_, m)| m[0].clone())
        .collect();
    let mut problems = Vec::new();
    for folder in &folders {
        let g = graph(&src(), Some(folder));
        problems.extend(report(&g, &format!("client/src/{folder}")));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The checker itself: paths in `use` trees, `super::`, comments and re-exports are read as meant.
#[test]
fn the_checker_reads_paths_as_written() {
    let text = "//! crate::ignored\nuse crate::{a::B, c::{d, e::F}};\nfn f() { super::g::h(); }\n\
                mod tests { use super::*; use super::super::k; }\n";
    let targets: Vec<String> = imports_of("x.rs", &vec!["m".into(), "n".into()], text)
        .into_iter()
        .map(|i| format!("{}:{}", i.line, i.target.join("::")))
        .collect();
    assert_eq!(
        targets,
        ["2:a::B", "2:c::d", "2:c::e::F", "3:m::g::h", "4:m::k"]
    );
    let g = Graph {
        edges: BTreeMap::from([
            ("a".to_string(), BTreeMap::from([("b".to_string(), imp())])),
            ("b".to_string(), BTreeMap::from([("a".to_string(), imp())])),
            ("c".to_string(), BTreeMap::new()),
        ]),
    };
    assert_eq!(g.cycles(), [vec!["a".to_string(), "b".to_string()]]);
}

fn imp() -> Import {
    Import {
        file: "f.rs".into(),
        line: 1,
        target: vec![],
    }
}
