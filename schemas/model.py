"""Table declarations and what they generate: DDL, polars schemas, COMMENT ON statements.

>>> t = Table("demo", "A demo.", (Column("demo_id", "VARCHAR", "Key.", nullable=False),),
...           primary_key=("demo_id",), enforce_primary_key=True)
>>> print(t.create_sql())
CREATE TABLE IF NOT EXISTS demo (
    demo_id VARCHAR NOT NULL,
    PRIMARY KEY (demo_id)
)
>>> dict(t.polars_schema())
{'demo_id': String}

Keys: every ``primary_key`` is unique and checked by the data tests after each load
(warehouse/checks.py). Only tables declared with ``enforce_primary_key=True`` also get a
DuckDB ``PRIMARY KEY``: the ART index behind it makes bulk inserts 3-4.5x slower and the
file (which every run copies, see warehouse/connection.py) about 5x larger, so it is kept
for the small one-row-per-thing tables (runs, entities) and left to the data tests on the
bulk child tables and documents (checkpointing its index cost ~4 s and ~900 MB per load at
100,000 documents). Foreign keys are never enforced (same cost, and DuckDB
forbids updating a referenced row); they are checked after each load instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import polars as pl

_POLARS_TYPES: dict[str, pl.DataType] = {
    "VARCHAR": pl.String(),
    "BIGINT": pl.Int64(),
    "INTEGER": pl.Int32(),
    "DOUBLE": pl.Float64(),
    "BOOLEAN": pl.Boolean(),
    "TIMESTAMP": pl.Datetime("us"),
    "DATE": pl.Date(),
}


def _sql_string(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


_IDENTIFIER = re.compile(r"[a-z][a-z0-9_]*")


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    description: str
    nullable: bool = True
    accepted_values: tuple[str, ...] | None = None  # checked by warehouse data tests

    def __post_init__(self) -> None:
        if not _IDENTIFIER.fullmatch(self.name):
            raise ValueError(f"column name {self.name!r} is not a lower_snake_case identifier")
        if self.type.removesuffix("[]") not in _POLARS_TYPES:
            raise ValueError(f"column {self.name}: unsupported type {self.type!r} "
                             f"(one of {', '.join(_POLARS_TYPES)}, or a list of one)")
        if not self.description.strip():
            raise ValueError(f"column {self.name} has no description")

    @property
    def polars_type(self) -> pl.DataType:
        if self.type.endswith("[]"):
            return pl.List(_POLARS_TYPES[self.type[:-2]])
        return _POLARS_TYPES[self.type]

    def ddl(self) -> str:
        return f"{self.name} {self.type}" + ("" if self.nullable else " NOT NULL")


@dataclass(frozen=True)
class ForeignKey:
    columns: tuple[str, ...]
    table: str
    ref_columns: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...] = ()
    # Declared for documentation and checked by data tests after each load; not enforced as
    # DuckDB constraints because they cost 3-4.5x on bulk loads and block in-place updates.
    foreign_keys: tuple[ForeignKey, ...] = field(default_factory=tuple)
    # Also a DuckDB PRIMARY KEY (see the module docstring for which tables and why).
    enforce_primary_key: bool = False

    def __post_init__(self) -> None:
        if not _IDENTIFIER.fullmatch(self.name):
            raise ValueError(f"table name {self.name!r} is not a lower_snake_case identifier")
        names = self.column_names
        if len(set(names)) != len(names):
            raise ValueError(f"table {self.name} declares a column twice")
        for key in (self.primary_key, *(fk.columns for fk in self.foreign_keys)):
            unknown = [k for k in key if k not in names]
            if unknown:
                raise ValueError(f"table {self.name}: key column(s) {unknown} not declared")
        if self.enforce_primary_key and not self.primary_key:
            raise ValueError(f"table {self.name}: enforce_primary_key without a primary_key")
        nullable_keys = [k for k in self.primary_key if self.column(k).nullable]
        if nullable_keys:
            raise ValueError(f"table {self.name}: key column(s) {nullable_keys} must be "
                             "nullable=False")

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def column(self, name: str) -> Column:
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(f"{self.name}.{name}")

    def create_sql(self, name: str | None = None) -> str:
        """CREATE TABLE IF NOT EXISTS for this table (or a copy of it called ``name``)."""
        lines = [c.ddl() for c in self.columns]
        if self.primary_key and self.enforce_primary_key:
            lines.append(f"PRIMARY KEY ({', '.join(self.primary_key)})")
        body = ",\n    ".join(lines)
        return f"CREATE TABLE IF NOT EXISTS {name or self.name} (\n    {body}\n)"

    def comment_sql(self) -> list[str]:
        out = [f"COMMENT ON TABLE {self.name} IS {_sql_string(self.description)}"]
        out += [
            f"COMMENT ON COLUMN {self.name}.{c.name} IS {_sql_string(c.description)}"
            for c in self.columns
        ]
        return out

    def polars_schema(self) -> pl.Schema:
        return pl.Schema({c.name: c.polars_type for c in self.columns})

    def empty_frame(self) -> pl.DataFrame:
        return pl.DataFrame(schema=self.polars_schema())

    def conform(self, df: pl.DataFrame) -> pl.DataFrame:
        """Select and cast ``df`` to exactly this table's columns (missing ones become NULL)."""
        exprs = []
        for c in self.columns:
            if c.name in df.columns:
                exprs.append(pl.col(c.name).cast(c.polars_type, strict=False))
            else:
                exprs.append(pl.lit(None, dtype=c.polars_type).alias(c.name))
        return df.select(exprs)

    def markdown(self) -> str:
        rows = [f"### `{self.name}`", "", self.description, ""]
        if self.primary_key:
            how = ("enforced by DuckDB and checked after every load" if self.enforce_primary_key
                   else "unique, checked after every load")
            rows += [f"Key: `{', '.join(self.primary_key)}` ({how})", ""]
        for fk in self.foreign_keys:
            rows += [f"References: `{', '.join(fk.columns)}` → "
                     f"`{fk.table}({', '.join(fk.ref_columns)})` (checked after every load)", ""]
        rows += ["| column | type | description |", "|---|---|---|"]
        for c in self.columns:
            desc = c.description.replace("|", "\\|")
            if c.accepted_values:
                desc += " One of: " + ", ".join(f"`{v}`" for v in c.accepted_values) + "."
            rows.append(f"| `{c.name}` | {c.type}{'' if c.nullable else ' NOT NULL'} | {desc} |")
        return "\n".join(rows) + "\n"
