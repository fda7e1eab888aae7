// Tasklist sorts a filter's tasks by what its URL's "sorting" says, and by creation (newest first) when
// it says nothing, whatever order the stored filter has. Anju's queues are worked by deadline: a
// Tasklist URL without a sorting gets "due date, earliest first" before Tasklist reads it.
const DUE_FIRST = JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]);

function dueFirst() {
  const hash = window.location.hash || '#/';
  const [route, query = ''] = hash.split('?');
  const params = new URLSearchParams(query);
  if (route.startsWith('#/login') || params.has('sorting')) {
    return;
  }
  params.set('sorting', DUE_FIRST);
  window.location.replace(`${route}?${params.toString()}`);
}

dueFirst();
window.addEventListener('hashchange', dueFirst);

export default [];
