//! API keys: the env var each spec names, else a key file (`$GROKVID_CONFIG`, else
//! `$XDG_CONFIG_HOME/grokvid/keys.toml`, else `~/.config/grokvid/keys.toml`) of simple lines:
//!
//! ```text
//! # provider id or env var name = key
//! xai = "xai-..."
//! GEEKNOW_API_KEY = "sk-..."
//! ```

use grokvid::ApiKey;
use grokvid::Provider;
use std::path::PathBuf;

/// A key and where it came from (for messages; never the key itself).
pub struct Found {
    pub key: ApiKey,
    pub source: String,
}

/// The provider's key, if one is configured. A key file that cannot be parsed is an error.
pub fn lookup(provider: &Provider) -> Result<Option<Found>, String> {
    if let Ok(key) = std::env::var(provider.auth().env())
        && !key.trim().is_empty()
    {
        return Ok(Some(Found {
            key: ApiKey::new(key.trim()),
            source: format!("${}", provider.auth().env()),
        }));
    }
    let Some(path) = config_path() else {
        return Ok(None);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(format!("{}: cannot read: {e}", path.display())),
    };
    let shown = path.display().to_string();
    for (name, key) in parse(&shown, &text)? {
        if (name == provider.id() || name == provider.auth().env()) && !key.is_empty() {
            return Ok(Some(Found {
                key: ApiKey::new(key),
                source: shown,
            }));
        }
    }
    Ok(None)
}

/// Where keys are read from when no env var is set.
pub fn config_path() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("GROKVID_CONFIG").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(path));
    }
    config_dir().map(|dir| dir.join("keys.toml"))
}

/// `$XDG_CONFIG_HOME/grokvid`, else `~/.config/grokvid`: keys and user specs live there.
pub fn config_dir() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|p| !p.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))?;
    Some(base.join("grokvid"))
}

/// `name = "key"` lines; `#` comments, blank lines and `[section]` headers are skipped.
pub fn parse(file: &str, text: &str) -> Result<Vec<(String, String)>, String> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') || line.starts_with('[') {
            continue;
        }
        let (name, value) = line
            .split_once('=')
            .ok_or_else(|| format!("{file}:{}: expected `provider = \"key\"`", i + 1))?;
        let value = value.trim();
        let value = ['"', '\'']
            .iter()
            .find_map(|q| {
                value
                    .strip_prefix(*q)
                    .and_then(|v| v.split_once(*q))
                    .map(|(inner, _)| inner)
            })
            .unwrap_or_else(|| value.split('#').next().unwrap_or("").trim());
        out.push((name.trim().trim_matches('"').to_string(), value.to_string()));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn parses_key_lines() {
        let text =
            "# keys\n[keys]\nxai = \"k1\"\nGEEKNOW_API_KEY='k2' # shop\nplain = k3 # note\n\n";
        let got = super::parse("f", text).unwrap();
        assert_eq!(
            got,
            [
                ("xai".to_string(), "k1".to_string()),
                ("GEEKNOW_API_KEY".to_string(), "k2".to_string()),
                ("plain".to_string(), "k3".to_string()),
            ]
        );
        assert_eq!(
            super::parse("f", "nokey").unwrap_err(),
            "f:1: expected `provider = \"key\"`"
        );
    }
}
