"""Where uploaded documents live: a local directory (default) or S3 / an S3-compatible store."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import unicodedata
import uuid
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Protocol

from resume_processor.config import Settings, StorageBackend

if TYPE_CHECKING:
    from mypy_boto3_s3.client import S3Client

KEY_PREFIX = "resumes/"
MAX_FILENAME_CHARS = 120
COPY_CHUNK_BYTES = 1024 * 1024


class StorageError(Exception):
    """The store could not be reached or refused the operation (usually transient)."""


class ObjectNotFound(StorageError):
    """The key does not exist in the store."""


class Storage(Protocol):
    name: str

    def put(self, key: str, stream: IO[bytes], *, content_type: str) -> None: ...

    def get(self, key: str) -> bytes: ...

    def exists(self, key: str) -> bool: ...

    def delete(self, key: str) -> None: ...

    def ping(self) -> None: ...


def sanitize_filename(filename: str | None) -> str:
    """A safe, bounded file name: no directories, no control characters, no leading dots."""
    name = unicodedata.normalize("NFC", filename or "")
    # Both separators: a Windows client sends `C:\\Users\\x\\cv.pdf`.
    name = re.split(r"[\\/]", name)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")
    name = re.sub(r"[^\w.\- ()+,@]", "_", name)
    name = re.sub(r"[\s_]+", "_", name).strip("._ ")
    if not name:
        return "upload"
    if len(name) > MAX_FILENAME_CHARS:
        stem, dot, ext = name.rpartition(".")
        if dot and 0 < len(ext) <= 10:
            name = f"{stem[: MAX_FILENAME_CHARS - len(ext) - 1]}.{ext}"
        else:
            name = name[:MAX_FILENAME_CHARS]
    return name


def object_key(application_id: uuid.UUID, filename: str | None) -> str:
    return f"{KEY_PREFIX}{application_id}_{sanitize_filename(filename)}"


class LocalStorage:
    name = "local"

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    def _path(self, key: str) -> Path:
        path = (self.root / key).resolve()
        if not path.is_relative_to(self.root):
            raise ValueError(f"storage key {key!r} escapes the storage directory")
        return path

    def put(self, key: str, stream: IO[bytes], *, content_type: str) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        # Write to a temporary name and rename, so a reader never sees half a file.
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".upload-")
        try:
            with os.fdopen(fd, "wb") as out:
                shutil.copyfileobj(stream, out, COPY_CHUNK_BYTES)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def get(self, key: str) -> bytes:
        try:
            return self._path(key).read_bytes()
        except FileNotFoundError as exc:
            raise ObjectNotFound(f"{key} is not in {self.root}") from exc

    def exists(self, key: str) -> bool:
        return self._path(key).is_file()

    def delete(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)

    def ping(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        if not os.access(self.root, os.W_OK):
            raise StorageError(f"storage directory {self.root} is not writable")


class S3Storage:
    name = "s3"

    def __init__(self, client: S3Client, bucket: str, prefix: str = "") -> None:
        self.client = client
        self.bucket = bucket
        self.prefix = prefix.strip("/") + "/" if prefix.strip("/") else ""

    def _key(self, key: str) -> str:
        return f"{self.prefix}{key}"

    def location(self, key: str) -> tuple[str, str]:
        """(bucket, object key) of a stored document, for services that read S3 themselves."""
        return self.bucket, self._key(key)

    def put(self, key: str, stream: IO[bytes], *, content_type: str) -> None:
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            # upload_fileobj sends large bodies as a multipart upload in chunks.
            self.client.upload_fileobj(
                stream, self.bucket, self._key(key), ExtraArgs={"ContentType": content_type}
            )
        except (BotoCoreError, ClientError) as exc:
            raise StorageError(
                f"could not write s3://{self.bucket}/{self._key(key)}: {exc}"
            ) from exc

    def get(self, key: str) -> bytes:
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            response = self.client.get_object(Bucket=self.bucket, Key=self._key(key))
            body: bytes = response["Body"].read()
            return body
        except ClientError as exc:
            if _error_code(exc) in {"NoSuchKey", "404"}:
                raise ObjectNotFound(f"s3://{self.bucket}/{self._key(key)} does not exist") from exc
            raise StorageError(
                f"could not read s3://{self.bucket}/{self._key(key)}: {exc}"
            ) from exc
        except BotoCoreError as exc:
            raise StorageError(
                f"could not read s3://{self.bucket}/{self._key(key)}: {exc}"
            ) from exc

    def exists(self, key: str) -> bool:
        from botocore.exceptions import ClientError

        try:
            self.client.head_object(Bucket=self.bucket, Key=self._key(key))
        except ClientError as exc:
            if _error_code(exc) in {"NoSuchKey", "404", "NotFound"}:
                return False
            raise
        return True

    def delete(self, key: str) -> None:
        self.client.delete_object(Bucket=self.bucket, Key=self._key(key))

    def ping(self) -> None:
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            self.client.head_bucket(Bucket=self.bucket)
        except (BotoCoreError, ClientError) as exc:
            raise StorageError(f"S3 bucket {self.bucket} is not reachable: {exc}") from exc


def _error_code(exc: Any) -> str:
    return str(exc.response.get("Error", {}).get("Code", ""))


def make_s3_client(settings: Settings) -> S3Client:
    import boto3
    from botocore.config import Config

    return boto3.client(
        "s3",
        region_name=settings.aws_default_region,
        endpoint_url=settings.s3_endpoint_url,
        aws_access_key_id=_secret(settings.aws_access_key_id),
        aws_secret_access_key=_secret(settings.aws_secret_access_key),
        config=Config(
            retries={"max_attempts": 5, "mode": "adaptive"},
            connect_timeout=5,
            read_timeout=30,
        ),
    )


def make_storage(settings: Settings) -> Storage:
    if settings.storage_backend is StorageBackend.S3:
        return S3Storage(make_s3_client(settings), settings.aws_s3_bucket_name, settings.s3_prefix)
    return LocalStorage(settings.local_storage_dir)


def _secret(value: Any) -> str | None:
    return value.get_secret_value() if value is not None else None
