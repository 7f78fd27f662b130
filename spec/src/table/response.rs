//! How a reply is read: its documented fields and its mapping onto a task.

use super::{Field, Scalar, TimeForm};
use crate::TaskStatus;
use crate::json_path::Path;

/// How a reply is read.
#[derive(Debug, Clone, Copy)]
pub struct Response {
    fields: &'static [Field],
    task: Option<TaskMapping>,
    tasks_at: Option<Path<'static>>,
    media: Option<&'static str>,
    times: &'static [(Path<'static>, TimeForm)],
}

impl Response {
    /// A reply with these documented fields (types as documented; the simulator writes replies of this
    /// shape), mapped onto nothing.
    pub const fn new(fields: &'static [Field]) -> Response {
        Response {
            fields,
            task: None,
            tasks_at: None,
            media: None,
            times: &[],
        }
    }

    /// A content operation's reply: a file of this media type.
    pub const fn file(media: &'static str) -> Response {
        let mut response = Response::new(&[]);
        response.media = Some(media);
        response
    }

    /// Maps the reply (or each item of a batch reply) onto one task.
    pub const fn with_task(mut self, mapping: TaskMapping) -> Response {
        self.task = Some(mapping);
        self
    }

    /// A batch reply: the list at `path` holds the tasks.
    pub const fn with_tasks_at(mut self, path: Path<'static>) -> Response {
        self.tasks_at = Some(path);
        self
    }

    /// How reply fields hold time (`times:`), by path (relative to a task record, as the mapping's):
    /// the simulator writes each in its form, the task reads its created and finished times with it.
    pub const fn with_times(mut self, times: &'static [(Path<'static>, TimeForm)]) -> Response {
        self.times = times;
        self
    }

    /// How reply fields hold time, by path.
    pub const fn times(&self) -> &'static [(Path<'static>, TimeForm)] {
        self.times
    }

    /// The documented reply fields.
    pub const fn fields(&self) -> &'static [Field] {
        self.fields
    }

    /// The mapping onto a task.
    pub const fn task(&self) -> Option<&TaskMapping> {
        self.task.as_ref()
    }

    /// Batch replies: the path of the task list.
    pub const fn tasks_at(&self) -> Option<&Path<'static>> {
        self.tasks_at.as_ref()
    }

    /// Content replies: the media type of the file.
    pub const fn media(&self) -> Option<&'static str> {
        self.media
    }
}

/// Paths into a reply that make up the normalized task (each list tried in order).
#[derive(Debug, Clone, Copy, Default)]
pub struct TaskMapping {
    id: &'static [Path<'static>],
    status: &'static [StatusStep],
    progress: &'static [Path<'static>],
    video_url: &'static [Path<'static>],
    error: &'static [Path<'static>],
    error_code: &'static [Path<'static>],
    links: &'static [(&'static str, &'static [Path<'static>])],
    created_at: &'static [(Path<'static>, TimeForm)],
    finished_at: &'static [(Path<'static>, TimeForm)],
    /// Per [`TaskField`] (by its index): the statuses it is kept on, when the spec says (`when:`).
    when: [Option<&'static [&'static TaskStatus]>; TaskField::ALL.len()],
}

impl TaskMapping {
    /// A mapping that reads the id at these paths and nothing else.
    pub const fn new(id: &'static [Path<'static>]) -> TaskMapping {
        TaskMapping {
            id,
            status: &[],
            progress: &[],
            video_url: &[],
            error: &[],
            error_code: &[],
            links: &[],
            created_at: &[],
            finished_at: &[],
            when: [None; TaskField::ALL.len()],
        }
    }

    /// Where the task's creation time is, each path with its form (a moment), tried in order.
    pub const fn with_created_at(
        mut self,
        paths: &'static [(Path<'static>, TimeForm)],
    ) -> TaskMapping {
        self.created_at = paths;
        self
    }

    /// Where the time the task finished is, each path with its form (a moment), tried in order.
    pub const fn with_finished_at(
        mut self,
        paths: &'static [(Path<'static>, TimeForm)],
    ) -> TaskMapping {
        self.finished_at = paths;
        self
    }

    /// Where the task's creation time is.
    pub const fn created_at(&self) -> &'static [(Path<'static>, TimeForm)] {
        self.created_at
    }

    /// Where the time the task finished is.
    pub const fn finished_at(&self) -> &'static [(Path<'static>, TimeForm)] {
        self.finished_at
    }

    /// Keeps `field` only on a task in one of `statuses` (`{paths: [...], when: [...]}`): one reply
    /// field can mean two things by status (the video URL on success, the error on failure).
    pub const fn with_when(
        mut self,
        field: TaskField,
        statuses: &'static [&'static TaskStatus],
    ) -> TaskMapping {
        self.when[field as usize] = Some(statuses);
        self
    }

    /// The statuses the spec keeps `field` on (`None`: it said nothing, [`TaskField::default_when`]
    /// applies).
    pub const fn when(&self, field: TaskField) -> Option<&'static [&'static TaskStatus]> {
        self.when[field as usize]
    }

    /// True when a task in `status` keeps what `field`'s paths read: the spec's `when:`, else the
    /// default (error text only on a task that ended badly, the rest on every status).
    pub fn keeps(&self, field: TaskField, status: &TaskStatus) -> bool {
        match self.when(field).or(field.default_when()) {
            // By status, not by word: `unknown` covers every unmapped word.
            Some(statuses) => statuses
                .iter()
                .any(|s| std::mem::discriminant(*s) == std::mem::discriminant(status)),
            None => true,
        }
    }

    /// The paths `field` is read at.
    pub const fn paths(&self, field: TaskField) -> &'static [Path<'static>] {
        match field {
            TaskField::Progress => self.progress,
            TaskField::VideoUrl => self.video_url,
            TaskField::Error => self.error,
            TaskField::ErrorCode => self.error_code,
        }
    }

    /// The ordered status derivation.
    pub const fn with_status(mut self, steps: &'static [StatusStep]) -> TaskMapping {
        self.status = steps;
        self
    }

    /// Where the progress percentage is.
    pub const fn with_progress(mut self, paths: &'static [Path<'static>]) -> TaskMapping {
        self.progress = paths;
        self
    }

    /// Where the video URL is.
    pub const fn with_video_url(mut self, paths: &'static [Path<'static>]) -> TaskMapping {
        self.video_url = paths;
        self
    }

    /// Where the error message is.
    pub const fn with_error(mut self, paths: &'static [Path<'static>]) -> TaskMapping {
        self.error = paths;
        self
    }

    /// Where the error code is.
    pub const fn with_error_code(mut self, paths: &'static [Path<'static>]) -> TaskMapping {
        self.error_code = paths;
        self
    }

    /// URLs this reply hands back, by name (`links:`): each name with its paths, tried in order.
    pub const fn with_links(
        mut self,
        links: &'static [(&'static str, &'static [Path<'static>])],
    ) -> TaskMapping {
        self.links = links;
        self
    }

    /// URLs this reply hands back, by name.
    pub const fn links(&self) -> &'static [(&'static str, &'static [Path<'static>])] {
        self.links
    }

    /// Where the task id is.
    pub const fn id(&self) -> &'static [Path<'static>] {
        self.id
    }

    /// The ordered status derivation.
    pub const fn status(&self) -> &'static [StatusStep] {
        self.status
    }

    /// Where the progress percentage is.
    pub const fn progress(&self) -> &'static [Path<'static>] {
        self.progress
    }

    /// Where the video URL is.
    pub const fn video_url(&self) -> &'static [Path<'static>] {
        self.video_url
    }

    /// Where the error message is.
    pub const fn error(&self) -> &'static [Path<'static>] {
        self.error
    }

    /// Where the error code is.
    pub const fn error_code(&self) -> &'static [Path<'static>] {
        self.error_code
    }
}

/// A task field whose reading may depend on the task's status (`when:` in its mapping).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TaskField {
    /// `progress`.
    Progress,
    /// `video_url`.
    VideoUrl,
    /// `error`.
    Error,
    /// `error_code`.
    ErrorCode,
}

/// The statuses of a task that ended without a video: the only ones error text belongs to.
pub const ENDED_BADLY: &[&TaskStatus] = &[
    &TaskStatus::Failed,
    &TaskStatus::Cancelled,
    &TaskStatus::Expired,
];

impl TaskField {
    /// Every field, in table order.
    pub const ALL: [TaskField; 4] = [
        TaskField::Progress,
        TaskField::VideoUrl,
        TaskField::Error,
        TaskField::ErrorCode,
    ];

    /// The mapping key (`video_url`).
    pub const fn key(self) -> &'static str {
        match self {
            TaskField::Progress => "progress",
            TaskField::VideoUrl => "video_url",
            TaskField::Error => "error",
            TaskField::ErrorCode => "error_code",
        }
    }

    /// The statuses the field is kept on when the spec says nothing (`None`: all): a running task's
    /// stale error object is noise, so error text needs a task that ended badly.
    pub const fn default_when(self) -> Option<&'static [&'static TaskStatus]> {
        match self {
            TaskField::Error | TaskField::ErrorCode => Some(ENDED_BADLY),
            TaskField::Progress | TaskField::VideoUrl => None,
        }
    }
}

/// One step of the ordered status derivation; the first step that decides wins.
///
/// Statuses are held by reference (`&TaskStatus::Completed`, [`TaskStatus::UNKNOWN`]) so that tables
/// built in `const` context can hold them.
#[derive(Debug, Clone, Copy)]
pub enum StatusStep {
    /// Read a status word at `path` and map it; an unmapped word is `Unknown`.
    Word {
        /// Where the word is.
        path: Path<'static>,
        /// `(vendor word, status)` pairs.
        map: &'static [(&'static str, &'static TaskStatus)],
    },
    /// When the test holds (or unconditionally), the status is `then`.
    When {
        /// The test; `None` always holds.
        test: Option<PathTest>,
        /// The status decided.
        then: &'static TaskStatus,
        /// The error message set with it.
        message: Option<&'static str>,
    },
}

impl StatusStep {
    /// Reads the word at `path` and maps it.
    pub const fn word(
        path: Path<'static>,
        map: &'static [(&'static str, &'static TaskStatus)],
    ) -> StatusStep {
        StatusStep::Word { path, map }
    }

    /// The status is `then` when `test` holds.
    pub const fn when(test: PathTest, then: &'static TaskStatus) -> StatusStep {
        StatusStep::When {
            test: Some(test),
            then,
            message: None,
        }
    }

    /// The status is `then` (a last step).
    pub const fn otherwise(then: &'static TaskStatus) -> StatusStep {
        StatusStep::When {
            test: None,
            then,
            message: None,
        }
    }

    /// Sets the error message of a `when`/`otherwise` step (a word step has none).
    pub const fn with_message(self, text: &'static str) -> StatusStep {
        match self {
            StatusStep::When { test, then, .. } => StatusStep::When {
                test,
                then,
                message: Some(text),
            },
            word => word,
        }
    }
}

/// A test on the value at a path.
#[derive(Debug, Clone, Copy)]
pub enum PathTest {
    /// A value is there (not null, not "").
    Present(Path<'static>),
    /// No value is there: missing, null or "".
    Absent(Path<'static>),
    /// The path is there and holds JSON `null` (not missing).
    Null(Path<'static>),
    /// Nothing is at the path at all (a null there is not missing).
    Missing(Path<'static>),
    /// The value equals this literal.
    Equals(Path<'static>, Scalar),
    /// Every test holds (a `when:` list).
    All(&'static [PathTest]),
}

impl TaskMapping {
    /// Calls `f` with every path a reading of this mapping may look at (status steps and their tests
    /// included): what a reader that keeps only part of a reply must keep.
    pub fn for_each_path(&self, f: &mut impl FnMut(&'static Path<'static>)) {
        // Destructured whole: a new field must be listed here (or marked unread) to compile.
        let TaskMapping {
            id,
            status,
            progress,
            video_url,
            error,
            error_code,
            links,
            created_at,
            finished_at,
            // Statuses, not paths: which fields are kept, not where they are read.
            when: _,
        } = *self;
        for paths in [id, progress, video_url, error, error_code] {
            paths.iter().for_each(&mut *f);
        }
        for (path, _) in created_at.iter().chain(finished_at) {
            f(path);
        }
        for (_, paths) in links {
            paths.iter().for_each(&mut *f);
        }
        for step in status {
            match step {
                StatusStep::Word { path, map: _ } => f(path),
                StatusStep::When {
                    test,
                    then: _,
                    message: _,
                } => {
                    if let Some(test) = test {
                        test.for_each_path(f);
                    }
                }
            }
        }
    }
}

impl PathTest {
    /// Calls `f` with every path the test looks at.
    pub fn for_each_path(&'static self, f: &mut impl FnMut(&'static Path<'static>)) {
        match self {
            PathTest::Present(p)
            | PathTest::Absent(p)
            | PathTest::Null(p)
            | PathTest::Missing(p)
            | PathTest::Equals(p, _) => f(p),
            PathTest::All(tests) => tests.iter().for_each(|t| t.for_each_path(f)),
        }
    }
}
