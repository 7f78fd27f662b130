# Sourced by the build measurements: `copy_sources ROOT DEST` copies the workspace (without target
# folders and .git) to DEST, so editing the worktree while a measurement runs does not change it.
copy_sources() {
    mkdir -p "$2"
    tar -C "$1" --exclude=./target --exclude='./target-*' --exclude=./.git -cf - . | tar -C "$2" -xf -
}
