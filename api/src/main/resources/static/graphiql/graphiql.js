// GraphiQL against this server's own /graphql endpoint (or ?path=...), with the caller's X-API-Key
// if one is typed into GraphiQL's headers tab. Everything it loads comes from this server.
(function () {
  const params = new URLSearchParams(window.location.search);
  const path = params.get('path');
  const url = path && path.startsWith('/') && !path.startsWith('//') ? path : '/graphql';
  const fetcher = GraphiQL.createFetcher({ url: url });
  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultEditorToolsVisibility: true,
    isHeadersEditorEnabled: true,
  }));
})();
