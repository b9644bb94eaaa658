// The host page's own script: a button that must keep working whatever the elements meet.
const count = document.getElementById('host-count');
document.getElementById('host-button').addEventListener('click', () => {
  count.value = String(Number(count.value) + 1);
});
