//! The providers a command can name: the built-in ones, then the specs in the user's specs folder
//! (`$GROKVID_SPECS`, else `$XDG_CONFIG_HOME/grokvid/specs`, else `~/.config/grokvid/specs`: every
//! `*.yaml`), then the files given with `--spec`, each loaded at run time with the generator's own checks.
//! A spec with the id of one listed before it replaces it, said once on stderr. A broken spec in the folder
//! is reported with its located errors and left out, never hiding the others; a broken `--spec` file is
//! an error of the command line.

use grokvid::{Error, Provider};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// Where a provider comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// Compiled into this program.
    BuiltIn,
    /// A spec file in the specs folder, loaded at run time.
    Folder(PathBuf),
    /// A spec file named with `--spec`, loaded at run time.
    Given(PathBuf),
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Source::BuiltIn => f.write_str("built-in"),
            Source::Folder(path) | Source::Given(path) => write!(f, "{}", path.display()),
        }
    }
}

/// Every provider a command can name, each with where it comes from.
pub struct Catalog {
    entries: Vec<(&'static Provider, Source)>,
}

static CATALOG: OnceLock<Catalog> = OnceLock::new();

/// Loads the catalog once, with the `--spec` files; a broken one gives its located errors.
pub fn init(spec_files: &[PathBuf]) -> Result<(), String> {
    let mut catalog = Catalog {
        entries: grokvid::providers::ALL
            .iter()
            .map(|p| (*p, Source::BuiltIn))
            .collect(),
    };
    if let Some(dir) = specs_folder() {
        for file in yaml_files(&dir) {
            match Provider::from_file(&file) {
                Ok(p) => catalog.add(p, Source::Folder(file)),
                Err(e) => eprintln!("{e}\nnote: {} is left out", file.display()),
            }
        }
    }
    for file in spec_files {
        let provider = Provider::from_file(file).map_err(|e| e.to_string())?;
        catalog.add(provider, Source::Given(file.clone()));
    }
    let _ = CATALOG.set(catalog);
    Ok(())
}

/// The catalog ([`init`] first; the built-in providers alone when it was not called).
pub fn get() -> &'static Catalog {
    CATALOG.get_or_init(|| Catalog {
        entries: grokvid::providers::ALL
            .iter()
            .map(|p| (*p, Source::BuiltIn))
            .collect(),
    })
}

impl Catalog {
    /// Adds a provider, replacing one of the same id (said on stderr).
    fn add(&mut self, provider: &'static Provider, source: Source) {
        if let Some(slot) = self
            .entries
            .iter_mut()
            .find(|(p, _)| p.id() == provider.id())
        {
            eprintln!(
                "note: {source} replaces the {} provider `{}`",
                match &slot.1 {
                    Source::BuiltIn => "built-in".to_string(),
                    other => format!("{other}"),
                },
                provider.id()
            );
            *slot = (provider, source);
        } else {
            self.entries.push((provider, source));
        }
    }

    /// Every provider, built-in ones first.
    pub fn all(&self) -> Vec<&'static Provider> {
        self.entries.iter().map(|(p, _)| *p).collect()
    }

    /// The providers of the `--spec` files, in the order given.
    pub fn given(&self) -> Vec<&'static Provider> {
        self.entries
            .iter()
            .filter(|(_, s)| matches!(s, Source::Given(_)))
            .map(|(p, _)| *p)
            .collect()
    }

    /// Where the provider `id` comes from.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.entries
            .iter()
            .find(|(p, _)| p.id() == id)
            .map(|(_, s)| s)
    }

    /// The provider with this id, or an error listing them all.
    pub fn find(&self, id: &str) -> Result<&'static Provider, Error> {
        self.entries
            .iter()
            .find(|(p, _)| p.id() == id)
            .map(|(p, _)| *p)
            .ok_or_else(|| {
                let ids: Vec<&str> = self.entries.iter().map(|(p, _)| p.id()).collect();
                Error::Config(format!("no provider `{id}`; providers: {}", ids.join(", ")))
            })
    }

    /// The providers named by id (`all` for every one), each once, in the order given.
    pub fn select(&self, ids: &[String]) -> Result<Vec<&'static Provider>, String> {
        let mut out: Vec<&'static Provider> = Vec::new();
        for id in ids.iter().map(|id| id.trim()) {
            let found = if id == "all" {
                self.all()
            } else {
                let known: Vec<&str> = self.entries.iter().map(|(p, _)| p.id()).collect();
                vec![self.find(id).map_err(|_| {
                    format!("unknown provider `{id}` (known: {}, all)", known.join(", "))
                })?]
            };
            for p in found {
                if !out.iter().any(|q| q.id() == p.id()) {
                    out.push(p);
                }
            }
        }
        Ok(out)
    }

    /// The providers of a command: those named with `--provider`, then those of the `--spec` files not
    /// named; an error when there are none.
    pub fn chosen(&self, ids: &[String]) -> Result<Vec<&'static Provider>, String> {
        let mut out = self.select(ids)?;
        for p in self.given() {
            if !out.iter().any(|q| q.id() == p.id()) {
                out.push(p);
            }
        }
        if out.is_empty() {
            return Err("name a provider with --provider ID or --spec FILE".to_string());
        }
        Ok(out)
    }
}

/// The specs folder, when there is a place for it.
pub fn specs_folder() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("GROKVID_SPECS").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    crate::keys::config_dir().map(|dir| dir.join("specs"))
}

/// The `*.yaml` files of `dir`, sorted; none when it does not exist.
fn yaml_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "yaml" || e == "yml"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}
