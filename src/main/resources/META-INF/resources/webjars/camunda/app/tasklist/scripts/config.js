// Anju's Tasklist configuration (Camunda's documented app/tasklist/scripts/config.js; every option left
// out keeps Camunda's default).
export default {
  // Queues list the task due first, unless the clerk picks another order in the list's sort menu.
  customScripts: ['scripts/anju/due-first']
};
