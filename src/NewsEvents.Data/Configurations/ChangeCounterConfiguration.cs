using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsEvents.Data.Entities;

namespace NewsEvents.Data.Configurations;

internal sealed class ChangeCounterConfiguration : IEntityTypeConfiguration<ChangeCounter>
{
    public void Configure(EntityTypeBuilder<ChangeCounter> counter)
    {
        counter.HasKey(c => c.Name);
        counter.Property(c => c.Name).HasMaxLength(40);
        // The row exists from the migration on, so that a writer only ever updates it (no insert race between workers).
        counter.HasData(new ChangeCounter { Name = ChangeCounter.EventsDeleted, Value = 0 });
    }
}
