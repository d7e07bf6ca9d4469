"""scripts/storyshell on a fresh clone: it says what it is doing while it builds."""
import os
import shutil
import subprocess

from conftest import ROOT


def test_a_first_build_says_what_it_is_doing(tmp_path):
    clone = tmp_path / "clone"
    (clone / "scripts" / "lib").mkdir(parents=True)
    shutil.copy(ROOT / "scripts" / "storyshell", clone / "scripts" / "storyshell")
    shutil.copy(ROOT / "scripts" / "lib" / "setup.sh", clone / "scripts" / "lib" / "setup.sh")
    # A stand-in toolchain: `swift build` makes the binary, which prints its arguments.
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    swift = bin_dir / "swift"
    swift.write_text(
        "#!/bin/sh\n"
        f"mkdir -p '{clone}/.build/release'\n"
        f"printf '#!/bin/sh\\necho ran \"$@\"\\n' > '{clone}/.build/release/storyshell'\n"
        f"chmod +x '{clone}/.build/release/storyshell'\n",
        encoding="utf-8")
    swift.chmod(0o755)
    env = dict(os.environ, PATH=f"{bin_dir}:{os.environ['PATH']}")
    first = subprocess.run([str(clone / "scripts" / "storyshell"), "--version"], env=env, capture_output=True, text=True, check=True)
    assert "storyshell: building in release mode" in first.stderr
    assert first.stdout == "ran --version\n"
    again = subprocess.run([str(clone / "scripts" / "storyshell"), "-c", "stories"], env=env, capture_output=True, text=True, check=True)
    assert again.stderr == "", "an up-to-date build says nothing"
    assert again.stdout == "ran -c stories\n"
