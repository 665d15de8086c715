using Microsoft.EntityFrameworkCore;
using Rcm.Core.Documentation;
using Rcm.Core.Documentation.Notes;

namespace Rcm.Core.Tests.Documentation;

/// <summary>
/// Phase 1 has no persistence, but the note must be a plain class EF Core can map. This maps it the way phase 2 is expected
/// to (pin as a complex property, values, events and the amendment as owned data, credentials as a primitive collection)
/// on an in-memory SQLite database, and checks a signed note and its amendment survive the round trip intact.
/// </summary>
public sealed class VisitNoteMappingTests : IDisposable
{
    private readonly Microsoft.Data.Sqlite.SqliteConnection _connection = new("Data Source=:memory:");

    public VisitNoteMappingTests() => _connection.Open();

    public void Dispose() => _connection.Dispose();

    [Fact]
    public void Signed_note_and_its_amendment_round_trip_through_ef_core()
    {
        var original = NoteBuilder.Complete("aba-therapy", "demo-medicaid").Credentials("RBT", "BCaBA").BuildSigned();
        var amendment = original.Amend("user-2", "Targets clarified", Catalogs.Now.AddDays(1));
        var values = original.Values;
        Assert.Equal(12, values.Count);
        using (var db = NewContext())
        {
            db.Database.EnsureCreated();
            db.Notes.AddRange(original, amendment);
            db.SaveChanges();
        }

        using (var db = NewContext())
        {
            var loaded = db.Notes.Single(n => n.Id == original.Id);
            var loadedAmendment = db.Notes.Single(n => n.Id == amendment.Id);

            Assert.Equal(original.Pin, loaded.Pin);
            Assert.Equal(values, loaded.Values);
            Assert.Equal(values, loadedAmendment.Values);
            Assert.Equal(["RBT", "BCABA"], loaded.RenderingCredentials.Select(c => c.Value));
            Assert.Equal(NoteStatus.Amended, loaded.Status);
            Assert.Equal(original.SignedAt, loaded.SignedAt);
            Assert.Equal(string.Join("\n", original.Events), string.Join("\n", loaded.Events.OrderBy(e => e.Sequence)));
            Assert.Equal(amendment.Amendment, loadedAmendment.Amendment);
            Assert.Null(loaded.Amendment);

            // The reloaded note is held to the same pinned versions and gives the same answer.
            var report = new CompletenessChecker(Catalogs.BuiltIn).CheckForCoding(loaded);
            Assert.True(report.Findings.Select(f => f.Code).SequenceEqual(["DOC041"]), FindingAssert.Describe(report));
        }
    }

    [Fact]
    public void Draft_edited_after_loading_saves_changed_and_cleared_values()
    {
        var draft = NoteBuilder.Complete("bh-psychotherapy").Build();
        using (var db = NewContext())
        {
            db.Database.EnsureCreated();
            db.Notes.Add(draft);
            db.SaveChanges();
        }

        using (var db = NewContext())
        {
            var loaded = db.Notes.Single(n => n.Id == draft.Id);
            loaded.SetValues(new Dictionary<string, string?> { ["service_code"] = "90837", ["psychotherapy_minutes"] = "55", ["progress"] = null }, "user-1", Catalogs.Now.AddHours(1));
            db.SaveChanges();
        }

        using (var db = NewContext())
        {
            var loaded = db.Notes.Single(n => n.Id == draft.Id);
            Assert.Equal("90837", loaded.Values["service_code"]);
            Assert.Equal("55", loaded.Values["psychotherapy_minutes"]);
            Assert.False(loaded.Values.ContainsKey("progress"));
            Assert.Equal(2, loaded.Revision);
            Assert.Equal(3, loaded.Events.Count);
        }
    }

    private NotesContext NewContext() => new(new DbContextOptionsBuilder<NotesContext>().UseSqlite(_connection).Options);

    private sealed class NotesContext(DbContextOptions<NotesContext> options) : DbContext(options)
    {
        public DbSet<VisitNote> Notes => Set<VisitNote>();

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            var note = modelBuilder.Entity<VisitNote>();
            note.HasKey(n => n.Id);
            note.ComplexProperty(n => n.Pin);
            note.OwnsOne(n => n.Amendment);
            note.OwnsMany(n => n.FieldValues, v =>
            {
                v.WithOwner().HasForeignKey("NoteId");
                v.HasKey("NoteId", nameof(NoteFieldValue.FieldId));
            });
            note.OwnsMany(n => n.Events, e =>
            {
                e.WithOwner().HasForeignKey("NoteId");
                e.HasKey("NoteId", nameof(NoteEvent.Sequence));
            });
            note.PrimitiveCollection<List<string>>("_renderingCredentials");
            note.Ignore(n => n.RenderingCredentials);
            note.Ignore(n => n.Values);
            note.Property(n => n.Revision).IsConcurrencyToken();
        }
    }
}
