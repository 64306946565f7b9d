"""Table declarations and what they generate: DDL, polars schemas, COMMENT ON statements.

>>> t = Table("demo", "A demo.", (Column("demo_id", "VARCHAR", "Key.", nullable=False),),
...           primary_key=("demo_id",))
>>> print(t.create_sql())
CREATE TABLE IF NOT EXISTS demo (
    demo_id VARCHAR NOT NULL,
    PRIMARY KEY (demo_id)
)
>>> t.polars_schema()
Schema({'demo_id': String})
"""

from __future__ import annotations

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


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    description: str
    nullable: bool = True
    accepted_values: tuple[str, ...] | None = None  # checked by warehouse data tests

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

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def column(self, name: str) -> Column:
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(f"{self.name}.{name}")

    def create_sql(self) -> str:
        lines = [c.ddl() for c in self.columns]
        if self.primary_key:
            lines.append(f"PRIMARY KEY ({', '.join(self.primary_key)})")
        body = ",\n    ".join(lines)
        return f"CREATE TABLE IF NOT EXISTS {self.name} (\n    {body}\n)"

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
            rows += [f"Key: `{', '.join(self.primary_key)}`", ""]
        rows += ["| column | type | description |", "|---|---|---|"]
        for c in self.columns:
            desc = c.description.replace("|", "\\|")
            if c.accepted_values:
                desc += " One of: " + ", ".join(f"`{v}`" for v in c.accepted_values) + "."
            rows.append(f"| `{c.name}` | {c.type}{'' if c.nullable else ' NOT NULL'} | {desc} |")
        return "\n".join(rows) + "\n"
