export default defineBackground(() => {
  // Filled in below.
});
