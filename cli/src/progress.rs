//! The progress display: a bar with the task's status and percent, then the download's bytes.

use grokvid::{Task, TaskStatus, WaitEvent};
use indicatif::{ProgressBar, ProgressStyle};

pub struct Display {
    bar: ProgressBar,
    /// The last line printed when stderr is not a terminal (the bar is hidden there).
    last_line: std::sync::Mutex<String>,
}

impl Display {
    pub fn new() -> Display {
        let bar = ProgressBar::new(100);
        bar.set_style(
            ProgressStyle::with_template("{spinner} [{elapsed_precise}] {bar:30} {pos:>3}% {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar.enable_steady_tick(std::time::Duration::from_millis(120));
        Display {
            bar,
            last_line: std::sync::Mutex::new(String::new()),
        }
    }

    /// Without a terminal the bar is hidden: print each change as a line instead.
    fn plain(&self, line: String) {
        if !self.bar.is_hidden() {
            return;
        }
        if let Ok(mut last) = self.last_line.lock()
            && *last != line
        {
            eprintln!("{line}");
            *last = line;
        }
    }

    pub fn task(&self, task: &Task) {
        let word = task.status_word.as_deref().unwrap_or("");
        // An unknown word is already in the status's Display: `unknown (WIBBLE)`.
        let said = word.is_empty()
            || word == task.status.as_str()
            || matches!(task.status, TaskStatus::Unknown(_));
        let shown = if said {
            task.status.to_string()
        } else {
            format!("{} ({word})", task.status)
        };
        match task.progress {
            Some(p) => {
                self.bar.set_position(u64::from(p));
                // Plain lines every 10 %, so logs stay short.
                self.plain(format!("{shown} {}%", p / 10 * 10));
            }
            None => self.plain(shown.clone()),
        }
        self.bar.set_message(shown);
    }

    /// A poll's task, or a failed poll (always shown: the wait goes on, and the user should know why
    /// it is not moving).
    pub fn wait_event(&self, event: WaitEvent<'_>) {
        match event {
            WaitEvent::Polled(task) => self.task(task),
            WaitEvent::PollFailed {
                error,
                failures,
                retry_in,
            } => self.note(format!(
                "poll failed ({failures} in a row): {error}; polling again in {:.1} s",
                retry_in.as_secs_f64()
            )),
        }
    }

    /// A line above the bar (or on its own without a terminal).
    pub fn note(&self, line: String) {
        if self.bar.is_hidden() {
            eprintln!("{line}");
        } else {
            self.bar.println(line);
        }
    }

    pub fn downloading(&self, done: u64, total: Option<u64>) {
        match total {
            Some(total) => self
                .bar
                .set_message(format!("downloading {done}/{total} bytes")),
            None => self.bar.set_message(format!("downloading {done} bytes")),
        }
        if done == 0 {
            self.plain("downloading".to_string());
        }
    }

    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
