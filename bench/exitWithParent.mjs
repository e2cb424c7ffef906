// Preloaded (node --import) into bench child processes that are not Plano's own bench child, so
// they exit when the bench process goes away, even if it was killed before it could clean up.
if (process.channel) {
  process.on('disconnect', () => process.exit(0));
  process.channel.unref();
}
