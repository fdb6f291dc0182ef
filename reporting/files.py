"""Writing the report file so that a failed run never leaves a half-written report."""

import errno
import os
import uuid


def write_atomically(path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` through a temporary file in the same folder, moved
    into place with :func:`os.replace` once complete.

    Raises
    ------
    IsADirectoryError
        ``path`` is a folder.
    NotADirectoryError
        What should be its folder is a file.
    OSError
        The folder cannot be created or written; the temporary file is removed.
    """
    path = os.path.abspath(os.fspath(path))
    if os.path.isdir(path):
        raise IsADirectoryError(path)
    folder, name = os.path.split(path)
    if os.path.exists(folder) and not os.path.isdir(folder):
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), folder)
    os.makedirs(folder, exist_ok=True)
    # a name of its own (not tempfile.mkstemp, whose file is private to its owner: the report
    # keeps the permissions any new file gets)
    temporary = os.path.join(folder, f".{name}.{uuid.uuid4().hex[:8]}.part")
    try:
        with open(temporary, "x", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.remove(temporary)
        raise
