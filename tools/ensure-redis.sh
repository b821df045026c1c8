#!/usr/bin/env bash
# Install Debian's redis-server when it is missing: the Redis inbox tests start a real one on loopback.
# Idempotent and quiet when the binary is already there; needs root (as on CI) or sudo.
set -euo pipefail
if command -v redis-server >/dev/null 2>&1; then
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
echo "redis-server not found: installing Debian's package" >&2
# Wait for another apt/dpkg run (another build on the same machine) rather than fail on its lock.
APT_WAIT=(-o DPkg::Lock::Timeout=300)
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get "${APT_WAIT[@]}" update -qq
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get "${APT_WAIT[@]}" install -y -qq --no-install-recommends redis-server >/dev/null
# The package starts a system service on port 6379 where an init system runs; the tests need only the binary.
command -v redis-server >/dev/null
