"""Reading corpora and writing results: the CLI's and the scale-out adapters' input and output.

- :mod:`.readers`: files, directories, gzip/zstd, JSONL and WARC as a stream of records,
  one per input document, unreadable ones carrying an error;
- :mod:`.writers`: JSONL output written to a hidden partial file and renamed on success,
  resumable after an interruption.
"""

from .readers import JsonFields, Record, expand, read, read_path, read_stream
from .writers import JsonlWriter, output_record

__all__ = ["JsonFields", "JsonlWriter", "Record", "expand", "output_record", "read", "read_path", "read_stream"]
