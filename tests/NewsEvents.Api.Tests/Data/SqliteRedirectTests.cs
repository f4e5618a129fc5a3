using Microsoft.Data.Sqlite;
using NewsEvents.Data;

namespace NewsEvents.Api.Tests.Data;

public sealed class SqliteRedirectTests
{
    [Fact]
    public void SqliteOpensSwitchesToWalAndStoresRowsWithTheShippedNativeLibrary()
    {
        SqliteAssemblyRedirect.EnsureInstalled();
        var file = Path.Combine(Path.GetTempPath(), $"redirect-{Guid.NewGuid():N}.db");
        try
        {
            using (var connection = new SqliteConnection($"Data Source={file};Pooling=False"))
            {
                connection.Open();
                Assert.Equal("wal", Scalar(connection, "PRAGMA journal_mode=WAL;"));
                Scalar(connection, "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL);");
                Scalar(connection, "INSERT INTO t (name) VALUES ('Kharkiv'), ('Goma');");
                Assert.Equal("Goma,Kharkiv", Scalar(connection, "SELECT group_concat(name, ',') FROM (SELECT name FROM t ORDER BY name);"));
            }
            Assert.True(File.Exists(file));
        }
        finally
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(file + suffix);
        }
    }

    private static string? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar()?.ToString();
    }
}
