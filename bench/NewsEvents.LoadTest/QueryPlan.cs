using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace NewsEvents.LoadTest;

/// <summary>Prints SQLite's plan and timing for a statement, using the same native SQLite build as the service.</summary>
public static class QueryPlan
{
    public static void Print(string sqliteFile, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={sqliteFile}");
        connection.Open();
        using var version = connection.CreateCommand();
        version.CommandText = "SELECT sqlite_version()";
        Console.WriteLine($"SQLite {version.ExecuteScalar()}");
        using var plan = connection.CreateCommand();
        plan.CommandText = "EXPLAIN QUERY PLAN " + sql;
        using (var reader = plan.ExecuteReader())
            while (reader.Read()) Console.WriteLine($"  {reader.GetString(3)}");
        using var run = connection.CreateCommand();
        run.CommandText = sql;
        var clock = Stopwatch.StartNew();
        using (var reader = run.ExecuteReader()) while (reader.Read()) { }
        Console.WriteLine($"  {clock.Elapsed.TotalMilliseconds:0.0} ms");
    }
}
