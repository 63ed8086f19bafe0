-- Run by init.lua on VimEnter when FACTCHECK_DIAGNOSTICS_OUT is set: waits (polling, up to
-- FACTCHECK_WAIT_MS, default 20000) until the server has published diagnostics for the current
-- buffer, lets them settle (no new publication for FACTCHECK_SETTLE_MS, default 300), writes a JSON
-- report to FACTCHECK_DIAGNOSTICS_OUT and quits: exit 0 when diagnostics arrived, 1 otherwise.
--
-- Report: { ok, reason?, nvim, bufnr, uri, filetype, client, exited, publications,
--           configuration_requests, log,
--           diagnostics: [{ lnum, col, end_lnum, end_col, severity, source, code, message }]  (vim.diagnostic: byte columns)
--           lsp: [{ range, severity, source, code, message }] }                              (as published: UTF-16) }

local state = _G.factcheck_test
local uv = vim.uv or vim.loop
local out = os.getenv('FACTCHECK_DIAGNOSTICS_OUT')
local wait_ms = tonumber(os.getenv('FACTCHECK_WAIT_MS') or '') or 20000
local settle_ms = tonumber(os.getenv('FACTCHECK_SETTLE_MS') or '') or 300

local bufnr = vim.api.nvim_get_current_buf()
local uri = vim.uri_from_bufnr(bufnr)

local function published()
  return state.published[uri]
end

local function client()
  return state.client_id and vim.lsp.get_client_by_id(state.client_id) or nil
end

-- Polls until the buffer has non-empty diagnostics, or the server has exited.
local arrived = vim.wait(wait_ms, function()
  local p = published()
  return (p ~= nil and #p.diagnostics > 0) or state.exited ~= nil
end, 50)

local reason = nil
if state.exited ~= nil and not (published() and #published().diagnostics > 0) then
  arrived = false
  reason = string.format('the server exited (code %s, signal %s) before publishing diagnostics',
    tostring(state.exited.code), tostring(state.exited.signal))
elseif not arrived then
  if state.start_error ~= nil then
    reason = 'the language client could not start: ' .. state.start_error
  elseif state.client_id == nil then
    reason = string.format('no language client was started (filetype=%s; is the command %s executable?)',
      vim.bo[bufnr].filetype, os.getenv('FACTCHECK_LS_CMD') or 'node bin/factcheck-ls.js --stdio')
  elseif published() ~= nil then
    reason = string.format('the server published only empty diagnostics within %d ms', wait_ms)
  else
    reason = string.format('no diagnostics were published for %s within %d ms', uri, wait_ms)
  end
else
  -- Let a burst of publications settle: wait until none has come for settle_ms.
  vim.wait(wait_ms, function()
    return uv.now() - published().at >= settle_ms
  end, 25)
end

local function null(v)
  if v == nil then
    return vim.NIL
  end
  return v
end

local diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  local code = d.code
  if code == nil and d.user_data and d.user_data.lsp then
    code = d.user_data.lsp.code
  end
  table.insert(diagnostics, {
    lnum = d.lnum,
    col = d.col,
    end_lnum = null(d.end_lnum),
    end_col = null(d.end_col),
    severity = d.severity,
    source = null(d.source),
    code = null(code),
    message = d.message,
  })
end
table.sort(diagnostics, function(a, b)
  if a.lnum ~= b.lnum then
    return a.lnum < b.lnum
  end
  return a.col < b.col
end)

local lsp = {}
for _, d in ipairs((published() or {}).diagnostics or {}) do
  table.insert(lsp, {
    range = d.range,
    severity = null(d.severity),
    source = null(d.source),
    code = null(d.code),
    message = d.message,
  })
end

local v = vim.version()
local c = client()
local report = {
  ok = arrived,
  reason = null(reason),
  nvim = string.format('%d.%d.%d', v.major, v.minor, v.patch),
  bufnr = bufnr,
  uri = uri,
  filetype = vim.bo[bufnr].filetype,
  client = c and { id = c.id, name = c.name, initialized = c.initialized or false } or vim.NIL,
  exited = null(state.exited),
  publications = published() and published().count or 0,
  configuration_requests = state.configuration_requests,
  log = null(state.log),
  diagnostics = diagnostics,
  lsp = lsp,
}

local f = assert(io.open(out, 'w'))
f:write(vim.json.encode(report))
f:close()

-- Shut the server down before leaving, so no node process outlives the editor.
if c then
  vim.lsp.stop_client(c.id)
  vim.wait(2000, function()
    return state.exited ~= nil
  end, 25)
end
if arrived then
  vim.cmd('qall!')
else
  vim.cmd('cquit 1')
end
